package io.roster.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code mvn -Pbench}: seed, run the chosen scenarios at each client count (plus the
 * fixed-rate rows the targets need), write RESULTS.md. A failing scenario becomes a row with its
 * errors; the run goes on.
 */
public final class Bench {
  /** Fixed, so that two runs pick the same random users. */
  private static final long SEED = 7;

  /**
   * Issue 14's runs, named only, never in {@code all}: they need the admin's credentials, the
   * webhook ones a server that may post to 127.0.0.1 (README, Benchmark), and each leaves thousands
   * of events in the outbox.
   */
  private static final List<String> EVENT_RUNS =
      List.of(WebhookLatencyRun.NAME, WebhooksOverheadRun.NAME, LevelChangeRun.NAME);

  private Bench() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    try (Http http = new Http(options.url(), options.token())) {
      run(options, http);
    }
  }

  private static void run(BenchOptions options, Http http) throws Exception {
    if (options.scenarios().contains(WarmupCurveRun.NAME)) {
      warmupCurve(options, http);
      return;
    }
    checkReachable(http, options);
    ServerProcess server = ServerProcess.find(options.serverName(), options.serverDir());
    log(
        server.found()
            ? "Liberty pid " + server.pid()
            : "Liberty process not found: no RSS figures");

    long started = System.nanoTime();
    SeedPlan seed = new Seeder(options).prepare();
    log(
        String.format(
            "Directory of %,d users: %s, then vacuumed, in %.1f s",
            options.directory().users(),
            switch (seed.action()) {
              case KEEP -> "already seeded";
              case EXTEND -> String.format("seeded users %,d to %,d", seed.from(), seed.to() - 1);
              case SHRINK -> String.format("cut back from %,d users", seed.from());
              case RESEED -> "seeded anew";
            },
            (System.nanoTime() - started) / 1e9));

    String loadAverage = Machine.loadAverage();
    Map<String, Scenario> catalogue = new LinkedHashMap<>();
    Scenarios.all(Long.toString(System.currentTimeMillis(), 36), http, options.directory())
        .forEach(s -> catalogue.put(s.name(), s));
    LoadRunner runner = new LoadRunner(http, options, server);
    if (!options.serverWarmUp().isZero()) {
      log(
          "Server warm-up: "
              + options.serverWarmUp().toSeconds()
              + " s of reads at "
              + Targets.CLIENTS
              + " clients, not measured");
      runner.warmUp(Scenarios.readMix(catalogue), Targets.CLIENTS, options.serverWarmUp(), SEED);
    }
    List<Result> results = new ArrayList<>();
    for (String name : selection(options, catalogue)) {
      if (name.equals(ImportRun.INDEX) || name.equals(ImportRun.CURSOR)) {
        log(name + ": every user, " + options.importCount() + " a page");
        ServerCpu cpu = ServerCpu.of(server, options.dbUrl());
        results.add(report(new ImportRun(http, server, cpu, options.importCount()).run(name)));
        continue;
      }
      if (name.equals(BadBasicRun.NAME)) {
        log(BadBasicRun.NAME + ": get-user quiet and under bad Basic requests, alternated");
        new BadBasicRun(runner, options.url().toString())
            .run(catalogue.get("get-user"), Targets.CLIENTS, SEED)
            .forEach(r -> results.add(report(r)));
        continue;
      }
      if (name.equals(WebhookLatencyRun.NAME)) {
        log(WebhookLatencyRun.NAME + ": SCIM deactivation to webhook arrival, at a fixed rate");
        new WebhookLatencyRun(runner, options, server)
            .run(Targets.CLIENTS, SEED)
            .forEach(r -> results.add(report(r)));
        continue;
      }
      if (name.equals(WebhooksOverheadRun.NAME)) {
        log(WebhooksOverheadRun.NAME + ": writes without and with a webhook endpoint, alternated");
        new WebhooksOverheadRun(runner, options, server)
            .run(
                List.of(catalogue.get("post-user"), catalogue.get("group-small")),
                Targets.CLIENTS,
                SEED)
            .forEach(r -> results.add(report(r)));
        continue;
      }
      if (name.equals(LevelChangeRun.NAME)) {
        log(LevelChangeRun.NAME + ": the 50,000-member role's level change with its events");
        results.add(report(levelChange(options, server)));
        continue;
      }
      Scenario scenario = catalogue.get(name);
      log(scenario.name() + ": " + scenario.description());
      scenario.prepare().run();
      for (int clients : options.clients()) {
        results.add(report(runner.run(scenario, clients, options.rate(), SEED)));
      }
      Double targetRate = Targets.rates(options.directory()).get(name);
      if (options.targets() && options.rate() == 0 && targetRate != null) {
        results.add(report(runner.run(scenario, Targets.CLIENTS, targetRate, SEED)));
      }
    }
    ResultsWriter writer = new ResultsWriter(options, server);
    String markdown = writer.render(results, loadAverage);
    writer.write(markdown);
    System.out.println(markdown);
    log("Wrote " + options.out());
  }

  /** The chosen names in the catalogue's order, the import after the reads and before writes. */
  private static List<String> selection(BenchOptions options, Map<String, Scenario> catalogue) {
    List<String> order = new ArrayList<>(catalogue.keySet());
    order.addAll(order.indexOf("page-deep") + 1, List.of(ImportRun.INDEX, ImportRun.CURSOR));
    order.add(BadBasicRun.NAME);
    order.addAll(EVENT_RUNS);
    if (options.scenarios().contains("all")) {
      return order.stream().filter(n -> !EVENT_RUNS.contains(n)).toList();
    }
    for (String name : options.scenarios()) {
      if (!order.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown scenario "
                + name
                + "; known: all, "
                + String.join(", ", order)
                + ", "
                + WarmupCurveRun.NAME
                + " (alone)");
      }
    }
    return order.stream().filter(options.scenarios()::contains).toList();
  }

  /**
   * The warm-up curve alone, on a server started just before: no readiness check, seeding, vacuum
   * or server warm-up first (they would warm it or share its first seconds), see {@link
   * WarmupCurveRun}.
   */
  private static void warmupCurve(BenchOptions options, Http http) throws Exception {
    if (options.scenarios().size() != 1) {
      throw new IllegalArgumentException(
          WarmupCurveRun.NAME + " runs alone, on a freshly started server");
    }
    log(
        WarmupCurveRun.NAME
            + ": waiting for /health/ready, then get-user at "
            + Targets.CLIENTS
            + " clients for "
            + options.curveLength().toSeconds()
            + " s, no warm-up");
    String loadAverage = Machine.loadAverage();
    Scenario getUser =
        Scenarios.all("curve", http, options.directory()).stream()
            .filter(s -> s.name().equals("get-user"))
            .findFirst()
            .orElseThrow();
    WarmupCurveRun.Outcome outcome = new WarmupCurveRun(http, options).run(getUser, SEED);
    ResultsWriter writer = new ResultsWriter(options, outcome.server());
    String markdown = writer.renderCurve(outcome, loadAverage);
    writer.write(markdown);
    System.out.println(markdown);
    log("Wrote " + options.out());
  }

  private static Result levelChange(BenchOptions options, ServerProcess server)
      throws java.sql.SQLException {
    try {
      return new LevelChangeRun(AdminApi.fromEnvironment(options.url()), options, server).run();
    } catch (IllegalStateException e) {
      return Result.notMeasured(
          LevelChangeRun.NAME, 1, "sequential", server.peakRssMb(), e.getMessage());
    }
  }

  private static void checkReachable(Http http, BenchOptions options) {
    try {
      Http.Answer ready = http.exchange(Http.Call.get("/health/ready"));
      if (ready.status() == 200) {
        return;
      }
      throw new IllegalStateException(
          "Roster at " + options.url() + " is not ready: " + ready.status());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Roster does not answer at " + options.url() + " (start it first, see README): " + e);
    }
  }

  private static Result report(Result r) {
    log(
        String.format(
            "  %-16s %3d clients %-8s %,8.0f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %,d  RSS %d MB  CPU %s %s",
            r.scenario(),
            r.clients(),
            r.mode(),
            r.perSecond(),
            r.p50(),
            r.p95(),
            r.p99(),
            r.errors(),
            r.peakRssMb(),
            r.cpu(),
            r.notes()));
    return r;
  }

  private static void log(String line) {
    System.out.println("[bench] " + line);
  }
}
