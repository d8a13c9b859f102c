package io.roster.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The events feed: events after a cursor, in (transaction id, id) order. Only events of
 * transactions older than every transaction still running are handed out, so an event whose
 * transaction commits late can never appear behind a cursor already given: a consumer that resumes
 * from its last cursor misses nothing (and sees an event again only when it did not keep the
 * cursor, at-least-once). A long-running transaction delays the feed, never reorders it.
 */
@ApplicationScoped
public class EventFeed {
  static final int MAX_LIMIT = 1000;
  static final int MAX_WAIT_SECONDS = 30;
  private static final long POLL_MILLIS = 200;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  /** Waiting requests hold a request thread each: at most this many per node wait at once. */
  @Inject
  @ConfigProperty(name = "roster.events.max-waiting", defaultValue = "16")
  int maxWaiting;

  private Semaphore waiters;

  /** One page of the feed: the events' JSON, and the cursor to ask for the next page with. */
  public record Page(List<String> events, String next) {}

  /**
   * Up to {@code limit} events after {@code after} of the given types (all when empty); with none
   * yet and {@code waitSeconds} > 0, waits up to that long for one, polling PostgreSQL, as long as
   * fewer than {@code roster.events.max-waiting} requests wait on this node (else answers at once).
   */
  public Page read(FeedCursor after, int limit, List<String> types, int waitSeconds)
      throws SQLException, InterruptedException {
    Page page = read(after, limit, types);
    if (!page.events().isEmpty() || waitSeconds <= 0 || !waiters.tryAcquire()) {
      return page;
    }
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
      while (page.events().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(POLL_MILLIS);
        page = read(after, limit, types);
      }
      return page;
    } finally {
      waiters.release();
    }
  }

  @PostConstruct
  void init() {
    waiters = new Semaphore(Math.max(0, maxWaiting));
  }

  private Page read(FeedCursor after, int limit, List<String> types) throws SQLException {
    String sql =
        "SELECT e.tx::text, e.id, "
            + EventJson.SQL
            + " FROM event_outbox e WHERE (e.tx, e.id) > (CAST(? AS xid8), ?)"
            + " AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
            + (types.isEmpty() ? "" : " AND e.type = ANY(CAST(? AS text[]))")
            + " ORDER BY e.tx, e.id LIMIT ?";
    List<String> events = new ArrayList<>();
    FeedCursor last = after;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      s.setString(i++, Long.toString(after.tx()));
      s.setLong(i++, after.id());
      if (!types.isEmpty()) {
        s.setString(i++, "{" + String.join(",", types) + "}");
      }
      s.setInt(i, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          last = new FeedCursor(Long.parseLong(r.getString(1)), r.getLong(2));
          events.add(r.getString(3));
        }
      }
    }
    return new Page(events, last.toString());
  }
}
