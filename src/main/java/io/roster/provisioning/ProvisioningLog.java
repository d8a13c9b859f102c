package io.roster.provisioning;

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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes entries from the request threads into a bounded queue and writes them to {@code
 * provisioning_request} in batches from a background task, so that a request never waits for the
 * log. When the queue is full, or PostgreSQL refuses a batch (down, or the table locked beyond the
 * lock timeout), those entries are dropped and counted instead: the log must never slow
 * provisioning or grow without bound. Old entries are dropped (whole days, {@link LogPartitions})
 * or deleted in the background after the retention period.
 */
@ApplicationScoped
public class ProvisioningLog {
  static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(ProvisioningLog.class.getName());

  /** The log's columns in their INSERT order, each with its PostgreSQL type and its value. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("occurred_at", "timestamptz", r -> r.occurredAt().toString()),
          new Column("actor_type", "text", ProvisioningRecord::actorType),
          new Column("actor_id", "text", r -> cut(r.actorId(), 100)),
          new Column("actor_name", "text", r -> cut(r.actorName(), 100)),
          new Column("method", "text", r -> cut(r.method(), 10)),
          new Column("path", "text", r -> cut(r.path(), 500)),
          new Column("resource_type", "text", r -> cut(r.resourceType(), 50)),
          new Column("resource_id", "text", r -> cut(r.resourceId(), 100)),
          new Column("resource_name", "text", r -> cut(r.resourceName(), 256)),
          new Column("status", "int2", r -> Integer.toString(r.status())),
          new Column("scim_type", "text", r -> cut(r.scimType(), 50)),
          new Column("detail", "text", r -> cut(r.detail(), 1000)),
          new Column("error_shape", "text", r -> cut(r.errorShape(), 1000)),
          new Column("duration_ms", "int4", r -> Integer.toString(r.durationMs())),
          new Column("bytes_in", "int8", r -> Long.toString(r.bytesIn())),
          new Column("bytes_out", "int8", r -> Long.toString(r.bytesOut())),
          new Column("attributes", "text", r -> cut(r.attributes(), 1000)));

  /**
   * A batch in one statement: each column travels as one text array, so PostgreSQL runs one insert
   * for the batch; a JDBC batch executes entry by entry, which cost about three times as much.
   */
  private static final String INSERT =
      "INSERT INTO provisioning_request ("
          + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "))
          + ") SELECT * FROM unnest("
          + COLUMNS.stream()
              .map(c -> "?::text[]::" + c.type() + "[]")
              .collect(Collectors.joining(", "))
          + ")";

  private static final String ROLL_UP =
      "INSERT INTO provisioning_daily (day, actor_id, actor_name, requests, failed)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, actor_id) DO UPDATE SET"
          + " actor_name = excluded.actor_name,"
          + " requests = provisioning_daily.requests + excluded.requests,"
          + " failed = provisioning_daily.failed + excluded.failed";
  private static final String PURGE_DAYS =
      "DELETE FROM provisioning_daily WHERE day < current_date - ?";

  @Inject
  @ConfigProperty(name = "roster.provisioning-log.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "roster.provisioning-log.queue", defaultValue = "10000")
  int capacity;

  @Inject
  @ConfigProperty(name = "roster.provisioning-log.retention-days", defaultValue = "30")
  int retentionDays;

  @Resource(lookup = "jdbc/roster")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject LogPartitions partitions;

  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong lastWarning = new AtomicLong();
  private BlockingQueue<ProvisioningRecord> queue;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    if (!enabled) {
      return;
    }
    tasks.add(scheduler.scheduleWithFixedDelay(this::drain, 250, 250, TimeUnit.MILLISECONDS));
    // Every 10 minutes, though the days are made ahead: a failed round is retried soon.
    tasks.add(scheduler.scheduleWithFixedDelay(this::addDays, 0, 10, TimeUnit.MINUTES));
    tasks.add(scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
    if (queue != null) {
      drain();
    }
  }

  public boolean enabled() {
    return enabled;
  }

  /** Queues an entry; never blocks. A full queue drops it, counted. */
  public void record(ProvisioningRecord entry) {
    if (enabled && !queue.offer(entry)) {
      dropped.incrementAndGet();
    }
  }

  /** Entries this node dropped since it started (queue full or PostgreSQL refused them). */
  public long dropped() {
    return dropped.get();
  }

  /** Entries waiting for the writer. */
  public int queued() {
    return queue == null ? 0 : queue.size();
  }

  /** Writes everything queued, a batch per transaction. */
  void drain() {
    List<ProvisioningRecord> batch = new ArrayList<>(BATCH);
    while (queue.drainTo(batch, BATCH) > 0) {
      try {
        write(batch);
      } catch (SQLException | RuntimeException e) {
        dropped.addAndGet(batch.size());
        // The state only: a batch error's message quotes the rows.
        warn("Provisioning log: " + batch.size() + " entries dropped: " + reason(e));
      }
      batch.clear();
    }
  }

  private void write(List<ProvisioningRecord> batch) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // A locked or slow table must cost a bounded wait, then drops, never a growing backlog.
        s.execute("SET LOCAL lock_timeout = '2s'");
        s.execute("SET LOCAL statement_timeout = '10s'");
      }
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        bind(c, insert, batch);
        insert.executeUpdate();
        rollUp(c, batch);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Adds the batch to the per-day counts, in the batch's transaction. */
  private static void rollUp(Connection c, List<ProvisioningRecord> batch) throws SQLException {
    Map<DailyKey, long[]> counts = new HashMap<>();
    for (ProvisioningRecord r : batch) {
      long[] n =
          counts.computeIfAbsent(
              new DailyKey(
                  r.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                  r.actorId() == null ? "" : cut(r.actorId(), 100),
                  cut(r.actorName(), 100)),
              k -> new long[2]);
      n[0]++;
      n[1] += ProvisioningSearch.failed(r.status()) ? 1 : 0;
    }
    try (PreparedStatement upsert = c.prepareStatement(ROLL_UP)) {
      for (Map.Entry<DailyKey, long[]> e : new TreeMap<>(counts).entrySet()) {
        upsert.setObject(1, e.getKey().day());
        upsert.setString(2, e.getKey().actorId());
        upsert.setString(3, e.getKey().actorName());
        upsert.setLong(4, e.getValue()[0]);
        upsert.setLong(5, e.getValue()[1]);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** Sorted, so that concurrent nodes lock the day rows in one order and cannot deadlock. */
  private record DailyKey(LocalDate day, String actorId, String actorName)
      implements Comparable<DailyKey> {
    @Override
    public int compareTo(DailyKey o) {
      int byDay = day.compareTo(o.day);
      return byDay != 0 ? byDay : actorId.compareTo(o.actorId);
    }
  }

  private static void bind(Connection c, PreparedStatement s, List<ProvisioningRecord> batch)
      throws SQLException {
    for (int i = 0; i < COLUMNS.size(); i++) {
      Function<ProvisioningRecord, String> value = COLUMNS.get(i).value();
      s.setArray(i + 1, c.createArrayOf("text", batch.stream().map(value).toArray(String[]::new)));
    }
  }

  private record Column(String name, String type, Function<ProvisioningRecord, String> value) {}

  static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  /**
   * Makes sure today's and the next days' partitions exist. A failure costs nothing yet: rows of a
   * day without its partition land in the default one until a later round makes it.
   */
  void addDays() {
    try {
      partitions.addDays(LocalDate.now(ZoneOffset.UTC));
    } catch (SQLException | RuntimeException e) {
      warn("Provisioning log: partition upkeep failed, retried in 10 minutes: " + reason(e));
    }
  }

  /** Drops or deletes the entries past the retention period, and their days' counts. */
  void purge() {
    try {
      partitions.purge(OffsetDateTime.now(ZoneOffset.UTC).minusDays(retentionDays));
      try (Connection c = dataSource.getConnection();
          PreparedStatement days = c.prepareStatement(PURGE_DAYS)) {
        days.setInt(1, retentionDays);
        days.executeUpdate();
      }
    } catch (SQLException | RuntimeException e) {
      warn("Provisioning log: purge failed, retried within the hour: " + reason(e));
    }
  }

  private static String reason(Exception e) {
    return e instanceof SQLException sql
        ? "SQL state " + sql.getSQLState()
        : e.getClass().getSimpleName();
  }

  /** At most one warning a minute: an outage must not flood the server log. */
  private void warn(String message) {
    long now = System.currentTimeMillis();
    long last = lastWarning.get();
    if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
      LOG.log(Level.WARNING, message);
    }
  }
}
