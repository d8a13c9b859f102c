package io.roster.provisioning;

import io.roster.audit.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the provisioning log: pages newest first (keyset on id, so the millionth entry costs what
 * the first does), error groups, requests per day and token, and each token's latest request.
 */
@ApplicationScoped
public class ProvisioningSearch {
  static final String COLUMNS =
      "id, occurred_at, actor_type, actor_id, actor_name, method, path, resource_type,"
          + " resource_id, resource_name, status, scim_type, detail, duration_ms, bytes_in,"
          + " bytes_out, attributes";

  /**
   * What the health light and the chart count as failed: 4xx and 5xx but 404, since identity
   * providers look up ids that are gone as a normal part of their sync. See the README.
   */
  static final String FAILED = "status >= 400 AND status <> 404";

  static boolean failed(int status) {
    return status >= 400 && status != 404;
  }

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  /**
   * @param next the cursor for the following page ({@code before}), null on the last page
   */
  public record Page(List<ProvisioningEntry> entries, Long next) {}

  /** Requests and failed requests of one token on one day (UTC). */
  public record DayCount(LocalDate day, String token, long requests, long failed) {}

  /** A token's latest request and its failure rate over the recent window. */
  public record TokenHealth(
      String actorType,
      String actorId,
      String actorName,
      ProvisioningEntry last,
      long recentRequests,
      long recentFailed) {
    /**
     * {@code quiet} (no request in the window), {@code ok} (under 5 % failed, the README's alert
     * threshold), {@code degraded} (under 25 %) or {@code failing}.
     */
    public String health() {
      if (recentRequests == 0) {
        return "quiet";
      }
      double rate = recentFailed / (double) recentRequests;
      return rate < 0.05 ? "ok" : rate < 0.25 ? "degraded" : "failing";
    }

    public long failedPercent() {
      return recentRequests == 0 ? 0 : Math.round(100.0 * recentFailed / recentRequests);
    }
  }

  public Page find(ProvisioningQuery query) {
    List<ProvisioningEntry> rows = entries(query.withLimit(query.limit() + 1));
    if (rows.size() <= query.limit()) {
      return new Page(rows, null);
    }
    List<ProvisioningEntry> page = rows.subList(0, query.limit());
    return new Page(List.copyOf(page), page.get(page.size() - 1).id());
  }

  private List<ProvisioningEntry> entries(ProvisioningQuery query) {
    LogFilter filter = LogFilter.of(query);
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM provisioning_request"
            + filter.where()
            + " ORDER BY id DESC LIMIT ?";
    return query(sql, s -> s.setInt(filter.bind(s), query.limit()), ProvisioningSearch::entry);
  }

  /** Failed requests matching the query, grouped; the largest groups first. */
  public List<ErrorGroup> errorGroups(ProvisioningQuery query, int max) {
    LogFilter filter = LogFilter.of(query).and("status >= 400");
    String sql =
        "WITH g AS (SELECT status, scim_type, error_shape, count(*) AS n, min(occurred_at) AS first,"
            + " max(occurred_at) AS last, max(id) AS example FROM provisioning_request"
            + filter.where()
            + " GROUP BY status, scim_type, error_shape ORDER BY n DESC LIMIT ?)"
            + " SELECT g.status, g.scim_type, g.error_shape, g.n, g.first, g.last, "
            + prefixed("p.")
            + " FROM g JOIN provisioning_request p ON p.id = g.example ORDER BY g.n DESC";
    return query(
        sql,
        s -> s.setInt(filter.bind(s), max),
        r ->
            new ErrorGroup(
                r.getInt(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getObject(5, OffsetDateTime.class),
                r.getObject(6, OffsetDateTime.class),
                entry(r, 7)));
  }

  /**
   * Requests and failures per day (UTC) and token, oldest day first, from the daily counts the
   * writer keeps: only the time (whole days) and the token filter apply.
   */
  public List<DayCount> perDay(LocalDate from, LocalDate to, String token) {
    LogFilter filter = LogFilter.daily(from, to, token);
    String sql =
        "SELECT day, coalesce(actor_name, '(no token)'), requests, failed FROM provisioning_daily"
            + filter.where()
            + " ORDER BY day, 2";
    return query(
        sql,
        filter::bind,
        r ->
            new DayCount(
                r.getObject(1, LocalDate.class), r.getString(2), r.getLong(3), r.getLong(4)));
  }

  /**
   * Every token that made a request (each found by a skip scan of the actor index, so the cost
   * grows with the number of tokens, not of entries), its latest request and its failure rate since
   * {@code since}.
   */
  public List<TokenHealth> tokens(OffsetDateTime since) {
    String sql =
        "WITH RECURSIVE actors AS ("
            + " SELECT min(actor_id) AS actor_id FROM provisioning_request"
            + " UNION ALL SELECT (SELECT min(actor_id) FROM provisioning_request"
            + " WHERE actor_id > a.actor_id) FROM actors a WHERE a.actor_id IS NOT NULL),"
            + " recent AS (SELECT coalesce((SELECT id FROM provisioning_request"
            + " WHERE occurred_at >= ? ORDER BY occurred_at LIMIT 1), 9223372036854775807) AS id)"
            + " SELECT "
            + prefixed("last.")
            + ", counts.n, counts.failed FROM actors a"
            + " CROSS JOIN LATERAL (SELECT * FROM provisioning_request p"
            + " WHERE p.actor_id = a.actor_id ORDER BY p.id DESC LIMIT 1) last"
            + " CROSS JOIN LATERAL (SELECT count(*) AS n, count(*) FILTER (WHERE "
            + FAILED
            + ") AS failed FROM provisioning_request p, recent"
            + " WHERE p.actor_id = a.actor_id AND p.id >= recent.id) counts"
            + " WHERE a.actor_id IS NOT NULL ORDER BY last.actor_name";
    return query(
        sql,
        s -> s.setObject(1, since),
        r -> {
          ProvisioningEntry last = entry(r);
          return new TokenHealth(
              last.actor().type(),
              last.actor().id(),
              last.actor().name(),
              last,
              r.getLong(18),
              r.getLong(19));
        });
  }

  private static String prefixed(String alias) {
    return alias + COLUMNS.replace(", ", ", " + alias);
  }

  static ProvisioningEntry entry(ResultSet r) throws SQLException {
    return entry(r, 1);
  }

  private static ProvisioningEntry entry(ResultSet r, int first) throws SQLException {
    int i = first;
    return new ProvisioningEntry(
        r.getLong(i),
        r.getObject(i + 1, OffsetDateTime.class),
        new Actor(r.getString(i + 2), r.getString(i + 3), r.getString(i + 4)),
        r.getString(i + 5),
        r.getString(i + 6),
        r.getString(i + 7),
        r.getString(i + 8),
        r.getString(i + 9),
        r.getInt(i + 10),
        r.getString(i + 11),
        r.getString(i + 12),
        r.getInt(i + 13),
        r.getLong(i + 14),
        r.getLong(i + 15),
        r.getString(i + 16));
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, Row<T> row) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      List<T> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(row.read(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Provisioning log query failed: " + e.getSQLState(), e);
    }
  }
}
