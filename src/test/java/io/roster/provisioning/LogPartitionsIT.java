package io.roster.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty, on the tests' database: the writer puts each entry in its UTC day's partition,
 * keeps the next days' partitions, and a day whose partition came late takes over its entries.
 */
@ExtendWith(ArquillianExtension.class)
class LogPartitionsIT {
  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject ProvisioningLog log;
  @Inject LogPartitions partitions;
  @Inject ProvisioningSearch search;

  final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  static String daily(LocalDate day) {
    return "provisioning_request_" + DAY.format(day);
  }

  static String partitionOf(String resourceId) throws SQLException {
    return Database.queryString(
        "SELECT tableoid::regclass::text FROM provisioning_request WHERE resource_id = ?",
        resourceId);
  }

  static boolean exists(String table) throws SQLException {
    return Database.queryString("SELECT to_regclass(?)::text", table) != null;
  }

  static void drop(LocalDate first, LocalDate last) throws SQLException {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      Database.update("DROP TABLE IF EXISTS " + daily(d));
    }
  }

  /** The id of an entry of {@code occurredAt}, once the log's writer has written it. */
  String written(OffsetDateTime occurredAt) throws Exception {
    String id = UUID.randomUUID().toString();
    log.record(
        new ProvisioningRecord(
            occurredAt,
            "token",
            null,
            "partition test",
            "GET",
            "/scim/Users/" + id,
            "User",
            id,
            null,
            200,
            null,
            null,
            null,
            1,
            0,
            0,
            null));
    for (int i = 0; i < 100; i++) {
      if (partitionOf(id) != null) {
        return id;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not written within 10 s: " + occurredAt);
  }

  String writtenTo(OffsetDateTime occurredAt) throws Exception {
    return partitionOf(written(occurredAt));
  }

  @Test
  void rostersConnectionsRunWithoutJit() throws Exception {
    // PostgreSQL's JIT would compile the per-token query across every partition for seconds.
    assertEquals("off", Database.queryString("SELECT current_setting('jit')"));
  }

  @Test
  void eachEntryLandsInItsUtcDaysPartitionAndTheNextDaysAreKept() throws Exception {
    drop(today.plusDays(2), today.plusDays(2));
    log.addDays();
    for (int d = 0; d <= LogPartitions.DAYS_AHEAD; d++) {
      assertEquals(true, exists(daily(today.plusDays(d))), daily(today.plusDays(d)));
    }

    LocalDate tomorrow = today.plusDays(1);
    assertEquals(daily(today), writtenTo(OffsetDateTime.now(ZoneOffset.UTC)));
    assertEquals(daily(tomorrow), writtenTo(tomorrow.atStartOfDay().atOffset(ZoneOffset.UTC)));
    assertEquals(
        daily(tomorrow),
        writtenTo(tomorrow.atTime(23, 59, 59, 999_999_000).atOffset(ZoneOffset.UTC)),
        "the last microsecond of the UTC day");
    assertEquals(
        daily(today.plusDays(2)),
        writtenTo(tomorrow.atTime(23, 30).atOffset(ZoneOffset.ofHours(-2))),
        "01:30 UTC the day after, written with an offset");
  }

  @Test
  void aDayWithoutItsPartitionGoesToTheDefaultOneUntilItsPartitionTakesItOver() throws Exception {
    LocalDate later = today.plusDays(10);
    try {
      OffsetDateTime wrongClock = later.atTime(9, 0).atOffset(ZoneOffset.UTC);
      String id = written(wrongClock);
      assertEquals("provisioning_request_default", partitionOf(id));

      assertEquals(3, partitions.addDays(later));
      assertEquals(daily(later), partitionOf(id), "moved when its day got a partition");
      assertEquals(
          wrongClock.toInstant(),
          search
              .find(ProvisioningQuery.forResource(id, 5))
              .entries()
              .get(0)
              .occurredAt()
              .toInstant());
    } finally {
      drop(later, later.plusDays(LogPartitions.DAYS_AHEAD));
    }
  }

  @Test
  void nodesKeepingThePartitionsAtOnceEachSucceedAndMakeEachDayOnce() throws Exception {
    LocalDate later = today.plusDays(20);
    int nodes = 4;
    CyclicBarrier together = new CyclicBarrier(nodes);
    List<Future<Integer>> upkeeps = new ArrayList<>();
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    try {
      for (int i = 0; i < nodes; i++) {
        upkeeps.add(
            executor.submit(
                () -> {
                  together.await();
                  return partitions.addDays(later);
                }));
      }
      int made = 0;
      for (Future<Integer> upkeep : upkeeps) {
        made += upkeep.get();
      }
      assertEquals(LogPartitions.DAYS_AHEAD + 1, made);
      for (int d = 0; d <= LogPartitions.DAYS_AHEAD; d++) {
        assertEquals(true, exists(daily(later.plusDays(d))));
      }
    } finally {
      drop(later, later.plusDays(LogPartitions.DAYS_AHEAD));
    }
  }
}
