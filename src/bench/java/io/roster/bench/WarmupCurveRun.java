package io.roster.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Issue 18's warm-up curve, on a server the operator has just started: the harness waits for {@code
 * /health/ready} to answer 200 and counts time from there; at once, with no warm-up of any kind,
 * {@value Targets#CLIENTS} clients send {@code get-user} in a closed loop for {@code
 * bench.curve.duration}, and every {@value #BUCKET_SECONDS} s bucket reports its rate, latencies
 * and CPU per request (server and PostgreSQL). The seed must be in place before the server starts:
 * this run neither seeds nor vacuums, so that nothing but the load shares the server's first
 * minutes.
 */
final class WarmupCurveRun {
  static final String NAME = "warmup-curve";
  static final int BUCKET_SECONDS = 5;

  private static final Duration READY_WAIT = Duration.ofMinutes(15);
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** Latencies up to two minutes, in microseconds, as {@link Recording} keeps them. */
  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

  private final Http http;
  private final BenchOptions options;

  WarmupCurveRun(Http http, BenchOptions options) {
    this.http = http;
    this.options = options;
  }

  /** What the run found: the server, how it was seen becoming ready, and the curve. */
  record Outcome(ServerProcess server, String readiness, WarmupCurve curve, String firstError) {}

  /** The server once ready: its process, its CPU counters, whether it was seen not ready. */
  private record Ready(ServerProcess server, ServerCpu cpu, boolean seenStarting) {}

  Outcome run(Scenario getUser, long seed) throws InterruptedException {
    Ready found = awaitReady();
    long ready = System.nanoTime();
    ServerProcess server = found.server();
    ServerCpu cpu = found.cpu();
    int buckets = (int) Math.max(1, (options.curveLength().toSeconds() + 4) / BUCKET_SECONDS);
    long end = ready + TimeUnit.SECONDS.toNanos((long) buckets * BUCKET_SECONDS);

    Recorder latencies = new Recorder(MAX_MICROS, 3);
    LongAdder errors = new LongAdder();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(Targets.CLIENTS);
    try {
      for (int i = 0; i < Targets.CLIENTS; i++) {
        ClientContext c = new ClientContext(i, Targets.CLIENTS, seed, options.directory().users());
        pool.submit(() -> load(getUser, c, end, latencies, errors, firstError));
      }
      // Taken once the clients run, so that reading /proc does not delay the first requests.
      long cpuBefore = cpu.millis();
      CpuSample shares = CpuSample.take(server.pid());
      String readiness =
          (found.seenStarting()
                  ? "seen becoming ready (polled every 100 ms)"
                  : "already ready when the harness first asked: the curve starts late")
              + server
                  .age()
                  .map(a -> String.format(Locale.ROOT, ", server JVM %.1f s old", a))
                  .orElse("");
      List<WarmupCurve.Bucket> curve = new ArrayList<>();
      Histogram interval = null;
      for (int b = 0; b < buckets; b++) {
        LoadRunner.waitUntil(ready + TimeUnit.SECONDS.toNanos((long) (b + 1) * BUCKET_SECONDS));
        interval = latencies.getIntervalHistogram(interval);
        long cpuNow = cpu.millis();
        CpuSample sharesNow = CpuSample.take(server.pid());
        curve.add(
            new WarmupCurve.Bucket(
                b * BUCKET_SECONDS,
                (b + 1) * BUCKET_SECONDS,
                interval.getTotalCount(),
                errors.sumThenReset(),
                interval.getValueAtPercentile(50) / 1000.0,
                interval.getValueAtPercentile(99) / 1000.0,
                interval.getMaxValue() / 1000.0,
                cpuNow - cpuBefore,
                sharesNow.since(shares)));
        log(curve.get(b));
        cpuBefore = cpuNow;
        shares = sharesNow;
      }
      return new Outcome(server, readiness, new WarmupCurve(curve), firstError.get());
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /**
   * Polls until ready. The server's process and PostgreSQL's are looked up as soon as the server
   * answers at all (its JVM runs then, and the database before it), not after ready, where reading
   * every process in /proc would delay the first requests.
   */
  private Ready awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_WAIT.toNanos();
    boolean notReady = false;
    Ready found = null;
    while (System.nanoTime() < deadline) {
      int status = 0;
      try {
        status = http.exchange(Http.Call.get("/health/ready")).status();
      } catch (IOException e) {
        // Not listening yet: the operator has just started it.
      }
      if (status > 0 && found == null) {
        ServerProcess server = ServerProcess.find(options.serverName(), options.serverDir());
        found = new Ready(server, ServerCpu.of(server, options.dbUrl()), notReady);
      }
      if (status == 200) {
        return new Ready(found.server(), found.cpu(), notReady);
      }
      notReady = true;
      Thread.sleep(TimeUnit.NANOSECONDS.toMillis(POLL_NANOS));
    }
    throw new IllegalStateException(
        "Roster at " + options.url() + " did not become ready within " + READY_WAIT);
  }

  private void load(
      Scenario scenario,
      ClientContext c,
      long end,
      Recorder latencies,
      LongAdder errors,
      AtomicReference<String> firstError) {
    try {
      while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
        Http.Call call = scenario.next().apply(c);
        c.iteration++;
        long sent = System.nanoTime();
        String error;
        try {
          Http.Answer answer = http.exchange(call);
          if (answer.status() / 100 == 2) {
            latencies.recordValue(
                Math.min(MAX_MICROS, Math.max(1, (System.nanoTime() - sent) / 1000)));
            continue;
          }
          error = LoadRunner.describe(call, answer);
        } catch (IOException e) {
          error = call.method() + " " + call.path() + ": " + e;
        }
        errors.increment();
        firstError.compareAndSet(null, error);
      }
    } finally {
      http.release();
    }
  }

  private static void log(WarmupCurve.Bucket b) {
    System.out.printf(
        "[bench]   %3.0f-%3.0f s %,7.0f req/s  p50 %6.1f  p99 %7.1f ms  errors %,d  CPU %.2f ms a request  %s%n",
        b.start(), b.end(), b.rate(), b.p50(), b.p99(), b.errors(), b.cpuPerRequest(), b.shares());
  }
}
