package io.roster.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts events to the endpoints, on every node: a scheduled cycle copies new events into
 * deliveries, claims due ones (see {@link Deliveries}) and sends each endpoint's in order on the
 * managed executor, the endpoints in parallel. Reads a page at a time, so a receiver that is down
 * with 100,000 events waiting costs rows in PostgreSQL, not heap.
 */
@ApplicationScoped
public class WebhookSender {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Deliveries claimed per endpoint at once: few, so that the lease below stays short. */
  static final int CLAIM = 10;

  static final int ROUNDS = 10;
  private static final int EXCERPT = 500;
  private static final long MAX_BACKOFF_SECONDS = 3600;
  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

  @Inject
  @ConfigProperty(name = "roster.webhooks.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "roster.webhooks.poll-millis", defaultValue = "200")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "roster.events.retention-days", defaultValue = "30")
  int retentionDays;

  @Inject Deliveries deliveries;
  @Inject EndpointPolicy policy;
  @Inject WebhookSecrets secrets;
  @Inject Webhooks webhooks;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  /** Set on undeploy: a turn draining a backlog stops after its current cycle. */
  private volatile boolean stopping;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!enabled) {
      return;
    }
    tasks.add(
        scheduler.scheduleWithFixedDelay(
            this::cycleQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::housekeeping, 1, 10, TimeUnit.MINUTES));
  }

  @PreDestroy
  void stop() {
    stopping = true;
    tasks.forEach(t -> t.cancel(false));
  }

  /**
   * Copies new events, then sends until nothing is due (at most {@value #ROUNDS} claims, so that
   * new events are copied again soon during a long backlog); returns how many were attempted.
   */
  public int cycle() throws Exception {
    deliveries.fanOut();
    int attempted = 0;
    List<Deliveries.Claimed> claimed;
    int rounds = 0;
    do {
      claimed = deliveries.claim(CLAIM, leaseSeconds());
      attempted += claimed.size();
      send(claimed);
    } while (!claimed.isEmpty() && ++rounds < ROUNDS);
    return attempted;
  }

  /**
   * Longer than a live sender can take over one endpoint's claim (each delivery at most 10 s to
   * connect and 10 s to answer), so that only a dead or frozen sender's lease expires.
   */
  private static int leaseSeconds() {
    return (int) (CLAIM * TIMEOUT.toSeconds() * 2 + 30);
  }

  private void send(List<Deliveries.Claimed> claimed) throws Exception {
    if (claimed.isEmpty()) {
      return;
    }
    Map<UUID, List<Deliveries.Claimed>> byEndpoint = new LinkedHashMap<>();
    claimed.forEach(d -> byEndpoint.computeIfAbsent(d.endpointId(), k -> new ArrayList<>()).add(d));
    Map<Long, String> bodies =
        deliveries.bodies(
            claimed.stream().map(Deliveries.Claimed::eventId).filter(id -> id != null).toList());
    Map<UUID, Deliveries.Target> targets = deliveries.targets(new ArrayList<>(byEndpoint.keySet()));
    List<Future<?>> running = new ArrayList<>();
    byEndpoint.forEach(
        (endpoint, list) ->
            running.add(
                executor.submit(
                    () -> {
                      sendInOrder(targets.get(endpoint), list, bodies);
                      return null;
                    })));
    for (Future<?> f : running) {
      f.get();
    }
  }

  /** One endpoint's deliveries in order; after a failure the rest wait for the back-off. */
  private void sendInOrder(
      Deliveries.Target target, List<Deliveries.Claimed> list, Map<Long, String> bodies)
      throws SQLException {
    for (int i = 0; i < list.size(); i++) {
      Deliveries.Claimed delivery = list.get(i);
      String body =
          delivery.payload() != null ? delivery.payload() : bodies.get(delivery.eventId());
      if (target == null || body == null) {
        continue; // the endpoint or the event was deleted meanwhile: the cascade removes it
      }
      if (!post(target, delivery, body)) {
        deliveries.release(list.subList(i + 1, list.size()));
        return;
      }
    }
  }

  /** Posts one delivery and records the outcome; true when the receiver took it. */
  private boolean post(Deliveries.Target target, Deliveries.Claimed delivery, String body)
      throws SQLException {
    long started = System.nanoTime();
    Integer status = null;
    String excerpt;
    try {
      URI uri = policy.check(target.url());
      List<String> signing = target.storedSecrets().stream().map(secrets::open).toList();
      long now = System.currentTimeMillis() / 1000;
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Roster-Webhooks/1")
              .header(Signatures.HEADER, Signatures.header(now, body, signing))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      excerpt = excerpt(response.body());
    } catch (IllegalArgumentException e) {
      excerpt = "Refused: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      excerpt = "Interrupted";
    } catch (Exception e) {
      excerpt = "No answer: " + e.getClass().getSimpleName();
    }
    int latency = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    if (status != null && status >= 200 && status < 300) {
      deliveries.succeeded(delivery, status, latency, excerpt);
      return true;
    }
    deliveries.failed(delivery, status, latency, excerpt, backoffSeconds(delivery));
    return false;
  }

  /**
   * Exponential back-off with jitter: about 1, 2, 4... seconds by the attempts made, at most an
   * hour, each drawn between half and the whole, so that many endpoints do not retry in step.
   */
  static long backoffSeconds(Deliveries.Claimed delivery) {
    return backoffSeconds(delivery.attempts());
  }

  static long backoffSeconds(int attempts) {
    long full = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(Math.max(attempts - 1, 0), 12));
    return Math.max(1, full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
  }

  private static String excerpt(String body) {
    if (body == null) {
      return null;
    }
    return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT);
  }

  /**
   * One scheduled turn: cycles again at once while a cycle sends a full {@value #ROUNDS} claims of
   * {@value #CLAIM} (a backlog, as when a receiver comes back), so that a backlog drains at the
   * pace of the receivers and PostgreSQL, not at {@value #ROUNDS} claims per poll interval.
   */
  private void cycleQuietly() {
    try {
      while (cycle() >= CLAIM * ROUNDS && !stopping) {
        // a backlog: the next cycle at once
      }
    } catch (Exception e) {
      LOG.warning("Webhook cycle failed, retried in the next: " + e.getClass().getSimpleName());
    }
  }

  /** Disables the endpoints failing for 3 days, and deletes deliveries past the retention. */
  private void housekeeping() {
    try {
      webhooks.disableFailing();
      deliveries.purge(retentionDays);
    } catch (SQLException | RuntimeException e) {
      LOG.warning("Webhook housekeeping failed: " + e.getClass().getSimpleName());
    }
  }
}
