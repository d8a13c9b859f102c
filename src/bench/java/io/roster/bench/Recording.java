package io.roster.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** What one client saw in one phase: latencies of answered requests, errors, the first error. */
final class Recording {
  private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(120);

  final Histogram latencies = new Histogram(MAX_MICROS, 3);
  long errors;
  String firstError;
  long lastCompletion;

  void success(long latencyNanos) {
    latencies.recordValue(Math.min(MAX_MICROS, Math.max(1, latencyNanos / 1_000)));
  }

  void error(String description) {
    errors++;
    if (firstError == null) {
      firstError = description;
    }
  }

  /** Adds {@code other} into this one. */
  void add(Recording other) {
    latencies.add(other.latencies);
    errors += other.errors;
    if (firstError == null) {
      firstError = other.firstError;
    }
    lastCompletion = Math.max(lastCompletion, other.lastCompletion);
  }
}
