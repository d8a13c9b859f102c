package io.roster.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's latency row: SCIM deactivations ({@code PATCH active=false}, each of another seeded
 * user, taken from the last one down) at a fixed rate, {@code bench.rate} or {@value
 * #DEFAULT_RATE}/s, to a server with a webhook endpoint for {@code user.deactivated} that points at
 * a {@link WebhookReceiver} here. A deactivation's latency runs from its PATCH's intended send time
 * (so a stall is charged to every deactivation it delayed, no coordinated omission) to its
 * delivery's arrival, including the PATCH itself; each delivery's signature is checked. Two rows:
 * the PATCHes as the fixed-rate rows report them, and the deliveries of the measured phase.
 */
final class WebhookLatencyRun {
  static final String NAME = "webhook-latency";
  static final double DEFAULT_RATE = 100;

  private static final Duration QUIET = Duration.ofSeconds(10);
  private static final Duration TAIL = Duration.ofSeconds(60);

  private final LoadRunner runner;
  private final BenchOptions options;
  private final ServerProcess server;

  WebhookLatencyRun(LoadRunner runner, BenchOptions options, ServerProcess server) {
    this.runner = runner;
    this.options = options;
    this.server = server;
  }

  List<Result> run(int clients, long seed) throws Exception {
    double rate = options.rate() > 0 ? options.rate() : DEFAULT_RATE;
    String mode = LoadRunner.mode(rate);
    double seconds = options.warmUp().toSeconds() + options.duration().toSeconds();
    // The users taken (one per deactivation) stay out of the large group.
    int usable = options.directory().users() - Directory.LARGE_GROUP_SIZE;
    if (rate * seconds + clients > usable) {
      return List.of(
          notMeasured(
              clients,
              mode,
              "it deactivates another user each time, at most " + usable + " a run"));
    }
    WebhookEndpoints endpoints;
    try {
      endpoints = new WebhookEndpoints(AdminApi.fromEnvironment(options.url()));
      endpoints.deleteLeftovers();
    } catch (IllegalStateException e) {
      return List.of(notMeasured(clients, mode, e.getMessage()));
    }
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      WebhookEndpoints.Endpoint endpoint;
      try {
        endpoint = endpoints.create(receiver.url(), List.of("user.deactivated"));
      } catch (IllegalStateException e) {
        return List.of(notMeasured(clients, mode, e.getMessage()));
      }
      try {
        return measure(receiver, endpoint, clients, rate, seed);
      } finally {
        endpoints.delete(endpoint.id());
      }
    }
  }

  private List<Result> measure(
      WebhookReceiver receiver,
      WebhookEndpoints.Endpoint endpoint,
      int clients,
      double rate,
      long seed)
      throws InterruptedException {
    Map<String, Long> due = new ConcurrentHashMap<>();
    Set<String> arrived = ConcurrentHashMap.newKeySet();
    Recording deliveries = new Recording();
    AtomicLong received = new AtomicLong();
    AtomicLong repeats = new AtomicLong();
    AtomicLong unexpected = new AtomicLong();
    long measuredFrom = System.nanoTime() + options.warmUp().toNanos();
    receiver.check(
        endpoint.secret(),
        (event, arrival) -> {
          String user = event.getJsonObject("data").getString("id", "");
          Long intended = due.get(user);
          if (intended == null || !"user.deactivated".equals(event.getString("type"))) {
            unexpected.incrementAndGet();
          } else if (!arrived.add(user)) {
            repeats.incrementAndGet();
          } else if (intended >= measuredFrom) {
            synchronized (deliveries) {
              deliveries.success(arrival - intended);
            }
            received.incrementAndGet();
          }
        });
    AtomicLong taken = new AtomicLong();
    Scenario deactivate =
        new Scenario(
            NAME,
            "PATCH /scim/Users/{id} active false, another user each time",
            c -> {
              Person p = Person.of(options.directory().users() - 1 - (int) taken.getAndIncrement());
              due.put(p.id().toString(), c.intended);
              return Http.Call.send("PATCH", "/scim/Users/" + p.id(), Scenarios.active(false));
            });

    ServerCpu serverCpu = ServerCpu.of(server, options.dbUrl());
    CpuSample shares = CpuSample.take(server.pid());
    long cpuBefore = serverCpu.millis();
    Result patches = runner.run(deactivate, clients, rate, seed);
    long measured = due.values().stream().filter(t -> t >= measuredFrom).count();
    receiver.await(() -> received.get() >= measured, QUIET, TAIL);
    long cpuMs = serverCpu.millis() - cpuBefore;
    String cpu = CpuSample.take(server.pid()).since(shares);

    synchronized (deliveries) {
      deliveries.errors = measured - received.get(); // missing deliveries are the row's errors
    }
    String notes =
        String.format(
            Locale.ROOT,
            "from each PATCH's intended send time to the webhook's arrival (goal p99 < 1 s);"
                + " received %,d of the %,d deactivations of the measured phase; signatures %,d"
                + " valid, %,d invalid; %,d repeated, %,d unexpected; %.1f ms CPU (%s) per"
                + " deactivation with its delivery, warm-up included",
            received.get(),
            measured,
            receiver.validSignatures(),
            receiver.invalidSignatures(),
            repeats.get(),
            unexpected.get(),
            taken.get() == 0 ? 0.0 : (double) cpuMs / taken.get(),
            serverCpu.counted());
    return List.of(
        patches.as(NAME + " patch", patches.mode(), patches.notes()),
        Result.of(
            NAME + " delivery",
            clients,
            patches.mode(),
            deliveries,
            options.duration().toSeconds(),
            server.peakRssMb(),
            cpu,
            notes));
  }

  private Result notMeasured(int clients, String mode, String why) {
    return Result.notMeasured(NAME, clients, mode, server.peakRssMb(), why);
  }
}
