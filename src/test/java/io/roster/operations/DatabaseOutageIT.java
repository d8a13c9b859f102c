package io.roster.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.Http;
import io.roster.testing.ScimClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The runnable server on a durable PostgreSQL of its own, under a write load: the database stops
 * and returns, then both are killed -9. Whatever was acknowledged must be there afterwards (read
 * from the restarted PostgreSQL: a Liberty restart adds nothing to that, only half a minute).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {
  private static final Logger LOG = Logger.getLogger(DatabaseOutageIT.class.getName());
  private static final Path DATA =
      Paths.get(System.getProperty("roster.runnable.jar", "target/roster-runnable.jar"))
          .toAbsolutePath()
          .resolveSibling("outage-postgres");
  static ScratchPostgres postgres;
  static RunnableNode node;
  static ScimClient scim;

  @BeforeAll
  static void start() throws Exception {
    RunnableNode.deleteRecursively(DATA);
    postgres = new ScratchPostgres(DATA).start();
    node = new RunnableNode("outage", postgres.port()).start();
    scim = node.scim();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void aStoppedDatabaseAnswers503AndRosterRecoversByItself() throws Exception {
    WriteLoad load = WriteLoad.start(scim, "outage", 4);
    Thread.sleep(2000);
    postgres.stop();
    Thread.sleep(3000);

    ScimClient.Response refused = scim.get("/Users?count=1");
    assertEquals(503, refused.status(), refused.toString());
    assertEquals("5", refused.header("Retry-After"));
    assertTrue(refused.header("Content-Type").startsWith("application/scim+json"));
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error",
        refused.json().getJsonArray("schemas").getString(0));
    assertEquals("503", refused.json().getString("status"));
    HttpResponse<String> api = node.admin("GET", "/api/admin/scim/tokens", null);
    assertEquals(503, api.statusCode(), api.body());
    assertEquals("5", api.headers().firstValue("Retry-After").orElse(null));
    assertEquals(503, Http.json(api).getInt("status"));
    assertAllAnswerPromptly(32);
    HttpResponse<String> ready = node.get("/health/ready");
    assertEquals(503, ready.statusCode(), ready.body());
    assertEquals("DOWN", Http.json(ready).getString("status"));
    LOG.info("While PostgreSQL is down: " + refused + " " + refused.http().headers().map());

    postgres.start();
    long back = System.nanoTime();
    while (scim.get("/Users?count=1").status() != 200) {
      assertTrue(System.nanoTime() - back < 30_000_000_000L, "not recovered within 30 s");
      Thread.sleep(50);
    }
    long recoveredMillis = (System.nanoTime() - back) / 1_000_000;
    Thread.sleep(2000);
    load.stop();
    LOG.info(
        "Recovered "
            + recoveredMillis
            + " ms after PostgreSQL returned; answers "
            + load.statuses
            + ", slowest refusal "
            + load.slowestRefusalMillis
            + " ms");

    assertTrue(recoveredMillis < 10_000, "recovered after " + recoveredMillis + " ms");
    assertEquals(200, node.readyStatus());
    assertTrue(load.count(201) > 0, load.statuses.toString());
    assertTrue(load.count(503) > 0, load.statuses.toString());
    assertEquals(
        load.count(201) + load.count(503),
        load.statuses.values().stream().mapToLong(Number::longValue).sum(),
        "only 201 and 503: " + load.statuses + " " + load.samples);
    assertEquals(0, load.noAnswer.get());
    // Requests caught in the first second wait out EclipseLink's reconnect attempts (2 x 5 s).
    assertTrue(
        load.slowestRefusalMillis.get() < 15_000,
        "a 503 took " + load.slowestRefusalMillis + " ms");
    assertEquals(Set.of(), missing(load.acknowledged));
  }

  @Test
  @Order(2)
  void everyAcknowledgedWriteSurvivesKillingBoth() throws Exception {
    WriteLoad load = WriteLoad.start(scim, "crash", 4);
    Thread.sleep(3000);
    node.kill();
    postgres.kill();
    load.stop();
    LOG.info("Killed during load after " + load.acknowledged.size() + " acknowledged writes");
    assertTrue(load.acknowledged.size() > 0, load.statuses.toString());

    postgres.start();
    assertEquals(Set.of(), missing(load.acknowledged));
  }

  /**
   * Threads do not pile up: {@code clients} requests at once during the outage all get their 503 at
   * once (the database gate), without touching the database.
   */
  private static void assertAllAnswerPromptly(int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  long started = System.nanoTime();
                  assertEquals(503, scim.get("/Users?count=1").status());
                  return (System.nanoTime() - started) / 1_000_000;
                }));
      }
      long slowest = 0;
      for (Future<Long> answer : answers) {
        slowest = Math.max(slowest, answer.get(30, TimeUnit.SECONDS));
      }
      LOG.info(clients + " requests at once during the outage, slowest " + slowest + " ms");
      assertTrue(slowest < 3_000, "a 503 took " + slowest + " ms");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The acknowledged user names that are not in the database. */
  private static Set<String> missing(Set<String> acknowledged) throws Exception {
    Set<String> missing = new HashSet<>(acknowledged);
    try (Connection c = postgres.connect();
        PreparedStatement s = c.prepareStatement("SELECT user_name FROM scim_user");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        missing.remove(rows.getString(1));
      }
    }
    return missing;
  }

  private static void deleteData() throws Exception {
    if (java.nio.file.Files.exists(DATA)) {
      try (var paths = java.nio.file.Files.walk(DATA)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
