package io.roster.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;

/**
 * Reads and writes settings straight from PostgreSQL on every call, so a change made on one node
 * takes effect on the next request on every node. The one owner of the {@code setting} table.
 */
@ApplicationScoped
public class SettingsService {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Transactional(TxType.SUPPORTS)
  public Optional<String> get(String name) {
    return Optional.ofNullable(em.find(Setting.class, name)).map(Setting::value);
  }

  @Transactional
  public void put(String name, String value) {
    Setting setting = em.find(Setting.class, name);
    if (setting == null) {
      em.persist(new Setting(name, value));
    } else {
      setting.update(value);
    }
  }

  /**
   * The stored value of {@code name}, storing {@code initial} first if there is none. Atomic across
   * nodes: two racing both insert, the conflict keeps the first, and both read that one.
   */
  @Transactional
  public String getOrCreate(String name, String initial) {
    em.createNativeQuery(
            "INSERT INTO setting (name, value, updated_at) VALUES (?1, ?2, now())"
                + " ON CONFLICT (name) DO NOTHING")
        .setParameter(1, name)
        .setParameter(2, initial)
        .executeUpdate();
    return (String)
        em.createNativeQuery("SELECT value FROM setting WHERE name = ?1")
            .setParameter(1, name)
            .getSingleResult();
  }
}
