package io.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;

/**
 * The cluster's SCIM request budgets in PostgreSQL ({@code scim_rate_window}, its one owner): each
 * budget may take {@code limit} requests per second of PostgreSQL's clock, so every node counts
 * against the same windows whatever its own clock says. A node takes several requests at once
 * ({@link RateLimiter}) so that the database sees a few statements a second, not one per request.
 */
@ApplicationScoped
public class RateWindows {
  /** What a node got: {@code granted} requests (0 or all it asked for) until the window ends. */
  record Grant(int granted, long nanosLeft) {}

  // One statement: a new window starts over, the current one grows only within the limit; a
  // refused take leaves the row as it was. Its own transaction, committed at once, so that no row
  // lock outlives it.
  private static final String TAKE =
      "WITH now AS (SELECT extract(epoch FROM clock_timestamp()) AS e),"
          + " taken AS ("
          + "  INSERT INTO scim_rate_window AS r (budget_key, window_start, used)"
          + "  SELECT ?1, floor(now.e)::bigint, ?2 FROM now"
          + "  ON CONFLICT (budget_key) DO UPDATE SET"
          + "   used = CASE WHEN r.window_start = EXCLUDED.window_start"
          + "     THEN r.used + EXCLUDED.used ELSE EXCLUDED.used END,"
          + "   window_start = EXCLUDED.window_start"
          + "  WHERE r.window_start <> EXCLUDED.window_start OR r.used + EXCLUDED.used <= ?3"
          + "  RETURNING 1)"
          + " SELECT (SELECT count(*) FROM taken)::int,"
          + " ceil((floor(e) + 1 - e) * 1000000)::bigint FROM now";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /**
   * Takes {@code count} (at most {@code limit}) requests from the current window of {@code key}.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Grant take(UUID key, int count, int limit) {
    Object[] row =
        (Object[])
            em.createNativeQuery(TAKE)
                .setParameter(1, key)
                .setParameter(2, count)
                .setParameter(3, limit)
                .getSingleResult();
    int granted = ((Number) row[0]).intValue() == 1 ? count : 0;
    return new Grant(granted, ((Number) row[1]).longValue() * 1000);
  }
}
