package io.roster.security;

/**
 * A token bucket: refills at {@code ratePerSecond}, holds at most {@code burst}. The rate is passed
 * on each call so a changed setting applies at once, and time (nanoseconds) is passed in so the
 * arithmetic is testable without sleeping.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private double available;
  private long updatedNanos;

  TokenBucket(int burst, long nowNanos) {
    this.available = burst;
    this.updatedNanos = nowNanos;
  }

  /** Takes one request's worth; 0 if allowed, else the nanoseconds until one is available. */
  synchronized long tryTake(long nowNanos, int ratePerSecond, int burst) {
    double ratePerNano = ratePerSecond / NANOS_PER_SECOND;
    available = Math.min(burst, available + (nowNanos - updatedNanos) * ratePerNano);
    updatedNanos = nowNanos;
    if (available >= 1) {
      available -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - available) / ratePerNano);
  }
}
