package io.roster.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes events older than {@code roster.events.retention-days} (30) in the background, in batches
 * of 10,000 rows, each its own transaction, so a purge never holds long locks. Several nodes may
 * purge at once: deleting a row twice is harmless.
 */
@ApplicationScoped
public class OutboxRetention {
  private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());
  private static final String PURGE =
      "DELETE FROM event_outbox WHERE id IN (SELECT id FROM event_outbox"
          + " WHERE created_at < now() - make_interval(days => ?) LIMIT 10000)";

  @Inject
  @ConfigProperty(name = "roster.events.retention-days", defaultValue = "30")
  int retentionDays;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::purgeQuietly, 1, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Deletes every event past the retention period; returns how many. */
  public long purge() throws SQLException {
    long deleted = 0;
    int batch;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(PURGE)) {
      s.setInt(1, retentionDays);
      do {
        batch = s.executeUpdate();
        deleted += batch;
      } while (batch > 0);
    }
    return deleted;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (SQLException | RuntimeException e) {
      LOG.warning("Events purge failed, retried in an hour: " + e.getClass().getSimpleName());
    }
  }
}
