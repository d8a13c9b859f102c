package io.roster.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/** Reads the console secret from the {@code setting} table, creating it on first use. */
@ApplicationScoped
public class ConsoleSecretStore {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** Two nodes racing both insert; the conflict keeps the first, and both read that one. */
  @Transactional
  public String loadOrCreate() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery(
            "INSERT INTO setting (name, value, updated_at) VALUES (?1, ?2, now())"
                + " ON CONFLICT (name) DO NOTHING")
        .setParameter(1, ConsoleKeys.SETTING)
        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
        .executeUpdate();
    return (String)
        em.createNativeQuery("SELECT value FROM setting WHERE name = ?1")
            .setParameter(1, ConsoleKeys.SETTING)
            .getSingleResult();
  }
}
