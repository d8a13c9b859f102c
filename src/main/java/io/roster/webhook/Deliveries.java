package io.roster.webhook;

import io.roster.outbox.EventJson;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The sender's SQL, each step its own short transaction: copying new events into deliveries
 * (fan-out), claiming due deliveries with a lease, and recording each outcome. Whatever a node does
 * between a claim and its outcome is lost if it dies, and the expired lease hands the delivery to
 * another sender: at least once, never lost.
 */
@ApplicationScoped
public class Deliveries {
  /** Events copied per endpoint and transaction. */
  static final int PAGE = 1000;

  /**
   * Events copied in one cycle after which the statistics of {@code webhook_delivery} are renewed.
   */
  static final int BURST = 10 * PAGE;

  /** Events after the endpoint's position, of transactions no longer running, in feed order. */
  private static final String FAN_OUT =
      "WITH batch AS (SELECT e.tx, e.id, e.type, e.subject FROM event_outbox e"
          + " WHERE (e.tx, e.id) > (CAST(? AS xid8), ?) AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
          + " ORDER BY e.tx, e.id LIMIT "
          + PAGE
          + "), copied AS (INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, subject)"
          + " SELECT ?, id, type, subject FROM batch"
          + " WHERE cardinality(CAST(? AS text[])) = 0 OR type = ANY(CAST(? AS text[]))"
          + " ORDER BY tx, id)"
          + " SELECT tx::text, id, count(*) OVER () FROM batch ORDER BY tx DESC, id DESC LIMIT 1";

  /**
   * Due deliveries of one endpoint, none of a person while an earlier one of that person to that
   * endpoint is pending (so each person's events arrive in order), leased. Per endpoint, so that a
   * backlog of an endpoint backing off is never read. The LIMIT is written into the statement, not
   * bound: a generic plan of a bound LIMIT guesses a tenth of the table and joins the whole of
   * {@code webhook_delivery} (a sequential scan per claim, which holds 30 days of deliveries).
   */
  private static final String CLAIM =
      "UPDATE webhook_delivery d SET lease_until = now() + make_interval(secs => ?),"
          + " attempts = d.attempts + 1, last_attempt_at = now()"
          + " WHERE d.id IN (SELECT c.id FROM webhook_delivery c"
          + " WHERE c.endpoint_id = ? AND c.state = 'pending' AND c.next_attempt_at <= now()"
          + " AND (c.lease_until IS NULL OR c.lease_until < now())"
          + " AND (c.subject IS NULL OR NOT EXISTS (SELECT 1 FROM webhook_delivery p"
          + " WHERE p.endpoint_id = c.endpoint_id AND p.subject = c.subject"
          + " AND p.state = 'pending' AND p.id < c.id))"
          + " ORDER BY c.id LIMIT %d FOR UPDATE OF c SKIP LOCKED)"
          + " RETURNING d.id, d.endpoint_id, d.event_id, d.payload, d.attempts";

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  /** A claimed delivery: what to send where. */
  record Claimed(long id, UUID endpointId, Long eventId, String payload, int attempts) {}

  /** Where an endpoint's deliveries go and the stored secrets that sign them. */
  record Target(String url, List<String> storedSecrets) {}

  /**
   * Copies new events into deliveries for every enabled endpoint; returns how many were read. After
   * a burst (a large role's level change, a backlog), refreshes the table's statistics at once:
   * until autovacuum does, plans cached while the table was small (a sequential scan per candidate
   * in the claim's per-person check) would read the whole burst for every claim.
   */
  int fanOut() throws SQLException {
    int read = 0;
    for (UUID endpoint : enabledEndpoints()) {
      int page;
      do {
        page = fanOut(endpoint);
        read += page;
      } while (page == PAGE);
    }
    if (read >= BURST) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement("ANALYZE webhook_delivery")) {
        s.execute();
      }
    }
    return read;
  }

  private List<UUID> enabledEndpoints() throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id FROM webhook_endpoint WHERE enabled");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getObject(1, UUID.class));
      }
    }
    return ids;
  }

  /** One page for one endpoint, under its row lock: another node skips it meanwhile. */
  private int fanOut(UUID endpoint) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int read = 0;
        try (PreparedStatement lock =
            c.prepareStatement(
                "SELECT cursor_tx::text, cursor_id, types FROM webhook_endpoint"
                    + " WHERE id = ? AND enabled FOR UPDATE SKIP LOCKED")) {
          lock.setObject(1, endpoint);
          try (ResultSet position = lock.executeQuery()) {
            if (position.next()) {
              read =
                  copy(
                      c,
                      endpoint,
                      position.getString(1),
                      position.getLong(2),
                      position.getArray(3));
            }
          }
        }
        c.commit();
        return read;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static int copy(Connection c, UUID endpoint, String tx, long id, Array types)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(FAN_OUT)) {
      s.setString(1, tx);
      s.setLong(2, id);
      s.setObject(3, endpoint);
      s.setArray(4, types);
      s.setArray(5, types);
      try (ResultSet last = s.executeQuery()) {
        if (!last.next()) {
          return 0;
        }
        try (PreparedStatement move =
            c.prepareStatement(
                "UPDATE webhook_endpoint SET cursor_tx = CAST(? AS xid8), cursor_id = ?"
                    + " WHERE id = ?")) {
          move.setString(1, last.getString(1));
          move.setLong(2, last.getLong(2));
          move.setObject(3, endpoint);
          move.executeUpdate();
        }
        return last.getInt(3);
      }
    }
  }

  /**
   * Claims up to {@code limit} due deliveries per endpoint not backing off, for {@code
   * leaseSeconds}.
   */
  List<Claimed> claim(int limit, int leaseSeconds) throws SQLException {
    List<Claimed> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      List<UUID> ready = new ArrayList<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id FROM webhook_endpoint"
                      + " WHERE enabled AND (retry_at IS NULL OR retry_at <= now())");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ready.add(r.getObject(1, UUID.class));
        }
      }
      try (PreparedStatement s = c.prepareStatement(CLAIM.formatted(limit))) {
        for (UUID endpoint : ready) {
          s.setInt(1, leaseSeconds);
          s.setObject(2, endpoint);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              long eventId = r.getLong(3);
              claimed.add(
                  new Claimed(
                      r.getLong(1),
                      r.getObject(2, UUID.class),
                      r.wasNull() ? null : eventId,
                      r.getString(4),
                      r.getInt(5)));
            }
          }
        }
      }
    }
    claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
    return claimed;
  }

  /** The JSON bodies of the given events, by id. */
  Map<Long, String> bodies(List<Long> eventIds) throws SQLException {
    Map<Long, String> bodies = new HashMap<>();
    if (eventIds.isEmpty()) {
      return bodies;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT e.id, " + EventJson.SQL + " FROM event_outbox e WHERE e.id = ANY(?)")) {
      s.setArray(1, c.createArrayOf("bigint", eventIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          bodies.put(r.getLong(1), r.getString(2));
        }
      }
    }
    return bodies;
  }

  /** The endpoints' URLs and secrets (the previous one while a rotation lasts), by id. */
  Map<UUID, Target> targets(List<UUID> endpointIds) throws SQLException {
    Map<UUID, Target> targets = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, url, secret, CASE WHEN previous_until > now() THEN previous_secret END"
                    + " FROM webhook_endpoint WHERE id = ANY(?)")) {
      s.setArray(1, c.createArrayOf("uuid", endpointIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          List<String> stored = new ArrayList<>(List.of(r.getString(3)));
          if (r.getString(4) != null) {
            stored.add(r.getString(4));
          }
          targets.put(r.getObject(1, UUID.class), new Target(r.getString(2), stored));
        }
      }
    }
    return targets;
  }

  /** The receiver answered 2xx: delivered, and the endpoint is healthy again. */
  void succeeded(Claimed delivery, int status, int latencyMs, String excerpt) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement d =
              c.prepareStatement(
                  "UPDATE webhook_delivery SET state = 'delivered', lease_until = NULL,"
                      + " last_status = ?, last_latency_ms = ?, last_response = ? WHERE id = ?");
          PreparedStatement e =
              c.prepareStatement(
                  "UPDATE webhook_endpoint SET failures = 0, failing_since = NULL, retry_at = NULL"
                      + " WHERE id = ? AND failures > 0")) {
        d.setInt(1, status);
        d.setInt(2, latencyMs);
        d.setString(3, excerpt);
        d.setLong(4, delivery.id());
        d.executeUpdate();
        e.setObject(1, delivery.endpointId());
        e.executeUpdate();
        c.commit();
      }
    }
  }

  /**
   * No 2xx answer: the delivery is retried after {@code retrySeconds} (given up after 3 days), and
   * the whole endpoint backs off by its own count of failures in a row (1, 2, 4... s with jitter,
   * at most an hour), so a receiver that is down gets one probe per back-off, not one per event.
   */
  void failed(Claimed delivery, Integer status, int latencyMs, String excerpt, long retrySeconds)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement d =
              c.prepareStatement(
                  "UPDATE webhook_delivery SET lease_until = NULL, last_status = ?,"
                      + " last_latency_ms = ?, last_response = ?,"
                      + " next_attempt_at = now() + make_interval(secs => ?),"
                      + " state = CASE WHEN created_at < now() - interval '3 days' THEN 'failed'"
                      + " ELSE 'pending' END WHERE id = ?");
          PreparedStatement e =
              c.prepareStatement(
                  "UPDATE webhook_endpoint SET failures = failures + 1,"
                      + " failing_since = coalesce(failing_since, now()),"
                      + " retry_at = now() + make_interval(secs =>"
                      + " least(3600, power(2, least(failures, 12))) * (0.5 + random() / 2))"
                      + " WHERE id = ?")) {
        if (status == null) {
          d.setNull(1, java.sql.Types.INTEGER);
        } else {
          d.setInt(1, status);
        }
        d.setInt(2, latencyMs);
        d.setString(3, excerpt);
        d.setDouble(4, retrySeconds);
        d.setLong(5, delivery.id());
        d.executeUpdate();
        e.setObject(1, delivery.endpointId());
        e.executeUpdate();
        c.commit();
      }
    }
  }

  /** Deletes deliveries older than {@code days} (those of purged events go with them). */
  void purge(int days) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM webhook_delivery WHERE created_at < now() - make_interval(days => ?)")) {
      s.setInt(1, days);
      s.executeUpdate();
    }
  }

  /** Hands claimed deliveries back unsent (their endpoint just failed): no attempt counted. */
  void release(List<Claimed> deliveries) throws SQLException {
    if (deliveries.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE webhook_delivery SET lease_until = NULL, attempts = attempts - 1"
                    + " WHERE id = ANY(?)")) {
      s.setArray(1, c.createArrayOf("bigint", deliveries.stream().map(Claimed::id).toArray()));
      s.executeUpdate();
    }
  }
}
