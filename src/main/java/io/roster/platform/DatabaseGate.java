package io.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Whether PostgreSQL answers, asked with plain JDBC once a second at most. While it does not,
 * requests are refused at once (503) instead of each waiting out EclipseLink's reconnect attempts
 * (two retries 5 s apart for a read outside a transaction), so request threads do not pile up
 * during an outage. The first request after the database returns reopens the gate.
 *
 * <p>The answer is at most a second old and only decides whether to try the database: a stale
 * "open" sends a request to the database, which then fails into the usual 503; a stale "closed"
 * answers 503 with {@code Retry-After} for at most a second after the database is back. No data is
 * ever served from it.
 */
@ApplicationScoped
public class DatabaseGate {
  static final long PROBE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final int PROBE_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  private final ReentrantLock probing = new ReentrantLock();
  private volatile boolean open = true;
  private volatile long probedAt = System.nanoTime() - PROBE_INTERVAL_NANOS;

  /** The last probe's answer; one caller probes again when it is a second old, others go on. */
  public boolean open() {
    if (System.nanoTime() - probedAt >= PROBE_INTERVAL_NANOS && probing.tryLock()) {
      try {
        if (System.nanoTime() - probedAt >= PROBE_INTERVAL_NANOS) {
          open = probe();
          probedAt = System.nanoTime();
        }
      } finally {
        probing.unlock();
      }
    }
    return open;
  }

  private boolean probe() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(PROBE_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
