package io.roster.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one scenario with N client threads: a warm-up, then a measured phase of fixed length.
 *
 * <p>Closed loop (rate 0): each client sends its next request as soon as the previous one answers,
 * which finds the throughput. Fixed rate: each client follows its own schedule, and a latency runs
 * from the request's intended send time, so a stalled server is charged for every request it
 * delayed, not only the one it was busy with (no coordinated omission, as in wrk2).
 */
final class LoadRunner {
  private final Http http;
  private final Duration warmUp;
  private final Duration duration;
  private final ServerProcess server;
  private final int users;

  LoadRunner(Http http, BenchOptions options, ServerProcess server) {
    this.http = http;
    this.warmUp = options.warmUp();
    this.duration = options.duration();
    this.server = server;
    this.users = options.directory().users();
  }

  Result run(Scenario scenario, int clients, double rate, long seed) throws InterruptedException {
    String mode = mode(rate);
    List<ClientContext> contexts = contexts(clients, seed);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      Recording warm = phase(pool, scenario, contexts, warmUp, rate);
      if (warm.latencies.getTotalCount() == 0) {
        return Result.of(
            scenario.name(),
            clients,
            mode,
            warm,
            0,
            server.peakRssMb(),
            "",
            "not measured, every warm-up request failed: " + warm.firstError);
      }
      CpuSample cpu = CpuSample.take(server.pid());
      long start = System.nanoTime();
      Recording measured = phase(pool, scenario, contexts, duration, rate);
      String cpuUse = CpuSample.take(server.pid()).since(cpu);
      double seconds = Math.max(duration.toNanos(), measured.lastCompletion - start) / 1e9;
      String notes = measured.firstError == null ? "" : "first error: " + measured.firstError;
      return Result.of(
          scenario.name(), clients, mode, measured, seconds, server.peakRssMb(), cpuUse, notes);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Load that is not measured: only its first error, if any, is told. */
  void warmUp(Scenario scenario, int clients, Duration length, long seed)
      throws InterruptedException {
    List<ClientContext> contexts = contexts(clients, seed);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      Recording r = phase(pool, scenario, contexts, length, 0);
      if (r.firstError != null) {
        System.out.println("[bench]   warm-up error: " + r.firstError);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ClientContext> contexts(int clients, long seed) {
    List<ClientContext> contexts = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      contexts.add(new ClientContext(i, clients, seed, users));
    }
    return contexts;
  }

  /** How a row's load was driven: "closed", or the fixed total rate such as "2,000/s". */
  static String mode(double rate) {
    return rate > 0 ? String.format(Locale.ROOT, "%,.0f/s", rate) : "closed";
  }

  private Recording phase(
      ExecutorService pool,
      Scenario scenario,
      List<ClientContext> contexts,
      Duration length,
      double rate)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long interval = rate > 0 ? (long) (contexts.size() * 1e9 / rate) : 0;
    List<Future<Recording>> futures = new ArrayList<>();
    for (ClientContext c : contexts) {
      long first = start + interval * c.index / contexts.size();
      futures.add(pool.submit(() -> loop(scenario, c, first, end, interval)));
    }
    Recording total = new Recording();
    for (Future<Recording> f : futures) {
      try {
        total.add(f.get());
      } catch (java.util.concurrent.ExecutionException e) {
        total.error("client failed: " + e.getCause());
      }
    }
    return total;
  }

  private Recording loop(Scenario scenario, ClientContext c, long first, long end, long interval) {
    try {
      return send(scenario, c, first, end, interval);
    } finally {
      http.release();
    }
  }

  private Recording send(Scenario scenario, ClientContext c, long first, long end, long interval) {
    Recording r = new Recording();
    for (long n = 0; ; n++) {
      long intended = interval > 0 ? first + n * interval : System.nanoTime();
      if (intended >= end || Thread.currentThread().isInterrupted()) {
        return r;
      }
      waitUntil(intended);
      c.intended = intended;
      Http.Call call = scenario.next().apply(c);
      c.iteration++;
      try {
        Http.Answer answer = http.exchange(call);
        long done = System.nanoTime();
        r.lastCompletion = done;
        if (answer.status() / 100 == 2) {
          r.success(done - intended);
        } else {
          r.error(describe(call, answer));
        }
      } catch (Exception e) {
        r.lastCompletion = System.nanoTime();
        r.error(call.method() + " " + call.path() + ": " + e);
      }
    }
  }

  /** Parks the calling thread until {@link System#nanoTime} reaches {@code nanoTime}. */
  static void waitUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  static String describe(Http.Call call, Http.Answer answer) {
    String body = new String(answer.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return call.method()
        + " "
        + call.path()
        + " -> "
        + answer.status()
        + " "
        + body.substring(0, Math.min(160, body.length()));
  }
}
