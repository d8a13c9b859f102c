package io.roster.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers on the console's dashboard, each one aggregate statement: users by state, groups,
 * usable tokens, the last SCIM request, and the changes identity providers made per day.
 *
 * <p>A named read model: it only reads, across the tables of users, groups, tokens and the audit
 * log, because each figure is one aggregate over one or two of them, where asking each owning
 * feature would load rows to count them.
 */
@ApplicationScoped
@Transactional
public class ProvisioningOverview {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  public record Counts(
      long activeUsers,
      long inactiveUsers,
      long groups,
      long activeTokens,
      OffsetDateTime lastScimRequest) {}

  /** Changes made over SCIM (by a token) on one UTC day. */
  public record Day(LocalDate day, long userChanges, long groupChanges) {
    public long total() {
      return userChanges + groupChanges;
    }
  }

  public Counts counts() {
    Object[] users =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE active), count(*) FILTER (WHERE NOT active)"
                        + " FROM scim_user")
                .getSingleResult();
    Number groups =
        (Number) em.createNativeQuery("SELECT count(*) FROM scim_group").getSingleResult();
    Object[] tokens =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE revoked_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > now())), max(last_used_at)"
                        + " FROM scim_token")
                .getSingleResult();
    return new Counts(
        ((Number) users[0]).longValue(),
        ((Number) users[1]).longValue(),
        groups.longValue(),
        ((Number) tokens[0]).longValue(),
        time(tokens[1]));
  }

  /** The last {@code days} UTC days up to today, oldest first, days without changes included. */
  public List<Day> activity(int days) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate first = today.minusDays(days - 1L);
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST((occurred_at AT TIME ZONE 'UTC') AS date),"
                    + " count(*) FILTER (WHERE target_type = 'User'),"
                    + " count(*) FILTER (WHERE target_type = 'Group')"
                    + " FROM audit_entry WHERE actor_type = 'token' AND occurred_at >= ?1"
                    + " GROUP BY 1")
            .setParameter(1, first.atStartOfDay().atOffset(ZoneOffset.UTC))
            .getResultList();
    Map<LocalDate, Day> byDay = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      LocalDate day = date(r[0]);
      byDay.put(day, new Day(day, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }
    List<Day> result = new ArrayList<>(days);
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      result.add(byDay.getOrDefault(d, new Day(d, 0, 0)));
    }
    return result;
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }

  private static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    return (OffsetDateTime) value;
  }
}
