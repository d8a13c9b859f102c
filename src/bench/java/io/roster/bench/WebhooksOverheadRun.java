package io.roster.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's overhead check: each write workload in closed loop with no webhook endpoint, then with
 * one for every type (a {@link WebhookReceiver} here answering 200 at once), alternated {@value
 * #ROUNDS} times back to back so that the rest of the machine's load weighs on both alike. After a
 * row with webhooks on, the run waits until the sender has delivered what the row wrote, so that
 * its work is charged to that row and not to the next one without. Each row notes its CPU per
 * request (server and PostgreSQL, warm-up and that delivery included); each row with webhooks on
 * notes its throughput as a share of the row without just before it, the last the median share.
 */
final class WebhooksOverheadRun {
  static final String NAME = "webhooks-overhead";
  static final int ROUNDS = 3;
  static final String OFF = "closed, webhooks off";
  static final String ON = "closed, webhooks on";

  private static final Duration QUIET = Duration.ofSeconds(2);
  private static final Duration DRAIN = Duration.ofSeconds(120);

  private final LoadRunner runner;
  private final BenchOptions options;
  private final ServerProcess server;

  WebhooksOverheadRun(LoadRunner runner, BenchOptions options, ServerProcess server) {
    this.runner = runner;
    this.options = options;
    this.server = server;
  }

  /** A row with what it cost the server side per request and, with webhooks on, its deliveries. */
  private record Measured(Result row, double cpuMsPerRequest, String deliveries) {}

  List<Result> run(List<Scenario> workloads, int clients, long seed) throws Exception {
    WebhookEndpoints endpoints;
    try {
      endpoints = new WebhookEndpoints(AdminApi.fromEnvironment(options.url()));
      endpoints.deleteLeftovers();
    } catch (IllegalStateException e) {
      return List.of(notMeasured(clients, e.getMessage()));
    }
    List<Result> rows = new ArrayList<>();
    ServerCpu cpu = ServerCpu.of(server, options.dbUrl());
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      for (Scenario workload : workloads) {
        workload.prepare().run();
        alternate(workload, clients, seed, new Setup(endpoints, receiver, cpu), rows);
      }
    } catch (IllegalStateException e) {
      rows.add(notMeasured(clients, e.getMessage()));
    }
    return rows;
  }

  /** What every row of the run shares. */
  private record Setup(WebhookEndpoints endpoints, WebhookReceiver receiver, ServerCpu cpu) {}

  /** The rounds of one workload, off then on; adds each row to {@code rows} when measured. */
  private void alternate(Scenario workload, int clients, long seed, Setup setup, List<Result> rows)
      throws InterruptedException {
    String name = NAME + " " + workload.name();
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Measured off = measure(workload, clients, seed, setup.cpu(), null);
      rows.add(off.row().as(name, OFF, perRequest(off, setup.cpu()) + notes(off.row())));
      WebhookEndpoints.Endpoint endpoint =
          setup.endpoints().create(setup.receiver().url(), List.of());
      Measured on;
      try {
        on = measure(workload, clients, seed, setup.cpu(), setup.receiver());
      } finally {
        setup.endpoints().delete(endpoint.id());
      }
      double ratio = off.row().perSecond() == 0 ? 0 : on.row().perSecond() / off.row().perSecond();
      ratios.add(ratio);
      String notes =
          String.format(
              Locale.ROOT,
              "%.0f %% of the off row's req/s; %s (%+.0f %%); %s%s",
              100 * ratio,
              perRequest(on, setup.cpu()),
              off.cpuMsPerRequest() == 0
                  ? 0.0
                  : 100 * (on.cpuMsPerRequest() / off.cpuMsPerRequest() - 1),
              on.deliveries(),
              round == ROUNDS
                  ? String.format(
                      Locale.ROOT,
                      "; median of %d rounds %.0f %% (goal >= 85 %%)",
                      ROUNDS,
                      100 * BadBasicRun.median(ratios))
                  : "");
      rows.add(on.row().as(name, ON, notes + notes(on.row())));
    }
  }

  private Result notMeasured(int clients, String why) {
    return Result.notMeasured(NAME, clients, ON, server.peakRssMb(), why);
  }

  /**
   * One closed-loop row; with a receiver (webhooks on), then waits until the deliveries stop, so
   * that the CPU counted includes sending what the row wrote.
   */
  private Measured measure(
      Scenario workload, int clients, long seed, ServerCpu cpu, WebhookReceiver receiver)
      throws InterruptedException {
    AtomicLong requests = new AtomicLong();
    Scenario counted =
        new Scenario(
            workload.name(),
            workload.description(),
            c -> {
              requests.incrementAndGet();
              return workload.next().apply(c);
            });
    long receivedBefore = receiver == null ? 0 : receiver.received();
    long cpuBefore = cpu.millis();
    Result row = runner.run(counted, clients, 0, seed);
    String deliveries = "";
    if (receiver != null) {
      long during = receiver.received() - receivedBefore;
      double last = receiver.await(() -> false, QUIET, DRAIN);
      deliveries =
          String.format(
              Locale.ROOT,
              "%,d deliveries received during the row, %,d after it (the last %.1f s after)",
              during,
              receiver.received() - receivedBefore - during,
              last);
    }
    long cpuMs = cpu.millis() - cpuBefore;
    return new Measured(row, requests.get() == 0 ? 0 : (double) cpuMs / requests.get(), deliveries);
  }

  private static String perRequest(Measured m, ServerCpu cpu) {
    return String.format(
        Locale.ROOT, "%.1f ms CPU per request (%s)", m.cpuMsPerRequest(), cpu.counted());
  }

  private static String notes(Result row) {
    return row.notes().isEmpty() ? "" : "; " + row.notes();
  }
}
