package io.roster.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;

/**
 * Reads and writes settings straight from PostgreSQL on every call, so a change made on one node
 * takes effect on the next request on every node.
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
}
