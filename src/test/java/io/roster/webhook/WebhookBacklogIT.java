package io.roster.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty: {@value #EVENTS} events of {@value #PEOPLE} people wait for an endpoint whose
 * receiver is down (connections refused); then it comes up and gets each event once, each person's
 * in order, while the senders never hold more than their claims: they page through the backlog in
 * PostgreSQL. The events are written set-based in SQL, as the access events of a large role are.
 * Besides the background sender, {@value #EXTRA_SENDERS} more run as other nodes would, so that the
 * backlog drains in a minute or two rather than at one node's pace.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookBacklogIT {
  static final int EVENTS = 100_000;
  static final int PEOPLE = 1_000;
  static final int EXTRA_SENDERS = 3;
  private static final Logger LOG = Logger.getLogger(WebhookBacklogIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject Webhooks webhooks;
  @Inject WebhookSender sender;

  /** What the receiver got: which events (by their sequence number), each person's last. */
  private final BitSet seen = new BitSet(EVENTS + 1);

  private final int[] lastOfPerson = new int[PEOPLE];
  private int delivered;
  private int repeats;
  private int outOfOrder;

  @Test
  void aHundredThousandEventsWaitingForADownReceiverArriveOnceEachPersonsInOrder()
      throws Exception {
    String marker = UUID.randomUUID().toString();
    int port = freePort();
    UUID endpoint =
        webhooks
            .create("http://127.0.0.1:" + port + "/hook", List.of("user.updated"))
            .endpoint()
            .id();
    HttpServer receiver = null;
    ExecutorService senders = Executors.newFixedThreadPool(EXTRA_SENDERS);
    AtomicBoolean drained = new AtomicBoolean();
    try {
      Database.update(
          "INSERT INTO event_outbox (type, subject, actor, data)"
              + " SELECT 'user.updated', CAST(md5(? || (n % ?)) AS uuid), '{\"type\":\"system\"}',"
              + " jsonb_build_object('marker', ?, 'person', n % ?, 'seq', n)"
              + " FROM generate_series(1, ?) n",
          marker, PEOPLE, marker, PEOPLE, EVENTS);
      long copied = System.nanoTime();
      await(
          () ->
              count(endpoint, "state = 'pending'") == EVENTS
                  && failures(endpoint) > 0
                  && count(endpoint, "lease_until > now()") == 0,
          180,
          "every event waiting for the endpoint, which has been refused");
      LOG.info(
          String.format(
              "%,d events copied into deliveries and refused in %.1f s",
              EVENTS, (System.nanoTime() - copied) / 1e9));

      receiver =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
      receiver.setExecutor(Executors.newFixedThreadPool(4));
      receiver.createContext("/hook", this::receive);
      receiver.start();
      long up = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < EXTRA_SENDERS; i++) {
        running.add(senders.submit(() -> send(drained)));
      }
      long leasedAtMost = 0;
      long deadline = System.currentTimeMillis() + 600_000;
      while (delivered() < EVENTS) {
        assertTrue(
            System.currentTimeMillis() < deadline, delivered() + " delivered after 10 minutes");
        leasedAtMost = Math.max(leasedAtMost, count(endpoint, "lease_until > now()"));
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - up) / 1e9;
      drained.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      LOG.info(
          String.format(
              "%,d deliveries in %.1f s after the receiver came up; at most %d leased at once",
              EVENTS, seconds, leasedAtMost));

      synchronized (this) {
        assertEquals(0, repeats, "no event twice");
        assertEquals(0, outOfOrder, "each person's events in order");
      }
      assertEquals(EVENTS, count(endpoint, "state = 'delivered'"), "every delivery recorded");
      long senderCount = EXTRA_SENDERS + 1;
      assertTrue(
          leasedAtMost > 0 && leasedAtMost <= WebhookSender.CLAIM * senderCount,
          "the senders held at most a claim of "
              + WebhookSender.CLAIM
              + " each, not the backlog: "
              + leasedAtMost
              + " leased at once");
    } finally {
      drained.set(true);
      senders.shutdown();
      senders.awaitTermination(60, TimeUnit.SECONDS);
      if (receiver != null) {
        receiver.stop(0);
        ((ExecutorService) receiver.getExecutor()).shutdownNow();
      }
      webhooks.delete(endpoint);
      Database.update("DELETE FROM event_outbox WHERE data->>'marker' = ?", marker);
    }
  }

  /** A sender as another node runs it: cycles until the backlog is gone. */
  private Void send(AtomicBoolean drained) throws Exception {
    while (!drained.get()) {
      if (sender.cycle() == 0) {
        Thread.sleep(50); // the endpoint backs off: nothing due yet
      }
    }
    return null;
  }

  /** Notes the event before answering: its person's next one cannot be sent before. */
  private void receive(HttpExchange exchange) throws IOException {
    JsonObject data;
    try (JsonReader reader = Json.createReader(exchange.getRequestBody())) {
      data = reader.readObject().getJsonObject("data");
    }
    int seq = data.getInt("seq");
    int person = data.getInt("person");
    synchronized (this) {
      if (seen.get(seq)) {
        repeats++;
      } else {
        seen.set(seq);
        delivered++;
      }
      if (seq < lastOfPerson[person]) {
        outOfOrder++;
      }
      lastOfPerson[person] = Math.max(seq, lastOfPerson[person]);
    }
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }

  private synchronized int delivered() {
    return delivered;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static long count(UUID endpoint, String where) {
    try {
      return Long.parseLong(
          Database.queryString(
              "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND " + where,
              endpoint));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int failures(UUID endpoint) {
    try {
      return Integer.parseInt(
          Database.queryString("SELECT failures FROM webhook_endpoint WHERE id = ?", endpoint));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(java.util.function.BooleanSupplier done, int seconds, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (!done.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, "waited " + seconds + " s for " + what);
      Thread.sleep(200);
    }
  }
}
