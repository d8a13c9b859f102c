package io.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes a token's last-used time in a transaction of its own, so that checking a token stays a
 * plain read. Conditional, so concurrent requests on several nodes write at most once per
 * resolution.
 */
@ApplicationScoped
public class TokenLastUse {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void note(UUID tokenId, OffsetDateTime now, Duration resolution) {
    em.createQuery(
            "UPDATE ScimToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :staleBefore)")
        .setParameter("now", now)
        .setParameter("id", tokenId)
        .setParameter("staleBefore", now.minus(resolution))
        .executeUpdate();
  }
}
