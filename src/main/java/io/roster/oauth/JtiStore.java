package io.roster.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;

/**
 * Remembers the {@code jti} of every accepted client assertion until it expires, in PostgreSQL: the
 * primary key decides, so a replay fails on every node, even one racing the first use. Each call
 * also forgets the expired ones (indexed by expiry).
 */
@ApplicationScoped
public class JtiStore {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** True the first time this issuer's {@code jti} is seen, false on every replay. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean firstUse(String issuer, String jti, OffsetDateTime expiresAt) {
    em.createNativeQuery("DELETE FROM oauth_assertion_jti WHERE expires_at < now()")
        .executeUpdate();
    return em.createNativeQuery(
                "INSERT INTO oauth_assertion_jti (issuer, jti, expires_at) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, issuer)
            .setParameter(2, jti)
            .setParameter(3, expiresAt)
            .executeUpdate()
        == 1;
  }
}
