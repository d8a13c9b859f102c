package io.roster.bench;

import java.util.List;
import java.util.Optional;

/**
 * A freshly started server's throughput over time, in buckets counted from {@code /health/ready}'s
 * first 200, and what the issue asks of it: when the rate first reached 90 % of its warm rate, the
 * rate of the run's last minute.
 */
record WarmupCurve(List<WarmupCurve.Bucket> buckets) {
  static final double WARM_SHARE = 0.9;
  private static final double WARM_SECONDS = 60;

  /**
   * One bucket: seconds after ready, answered (2xx) requests and errors, latencies in ms, and the
   * CPU time server and PostgreSQL used in it.
   */
  record Bucket(
      double start,
      double end,
      long requests,
      long errors,
      double p50,
      double p99,
      double max,
      long cpuMs,
      String shares) {
    double rate() {
      return requests / (end - start);
    }

    /** Server + PostgreSQL CPU per answered request, in ms; NaN when none was answered. */
    double cpuPerRequest() {
      return requests == 0 ? Double.NaN : (double) cpuMs / requests;
    }
  }

  WarmupCurve {
    buckets = List.copyOf(buckets);
  }

  /** Requests per second over the last 60 s of the run (the whole run when shorter). */
  double warmRate() {
    if (buckets.isEmpty()) {
      return 0;
    }
    double end = buckets.get(buckets.size() - 1).end();
    double from = end;
    long requests = 0;
    for (int i = buckets.size() - 1; i >= 0 && buckets.get(i).start() >= end - WARM_SECONDS; i--) {
      from = buckets.get(i).start();
      requests += buckets.get(i).requests();
    }
    return requests / (end - from);
  }

  /**
   * Whether the last minute can stand for the warm rate: only when the run was at least twice as
   * long, else the minute still holds the start (and the 90 % point says little).
   */
  boolean longEnough() {
    return !buckets.isEmpty() && buckets.get(buckets.size() - 1).end() >= 2 * WARM_SECONDS;
  }

  /** The first bucket whose rate is at least 90 % of {@link #warmRate}, if any. */
  Optional<Bucket> firstWarm() {
    double threshold = WARM_SHARE * warmRate();
    return buckets.stream().filter(b -> b.requests() > 0 && b.rate() >= threshold).findFirst();
  }
}
