package io.roster.admin;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Slows down password guessing per account: the first {@link #FREE_FAILURES} failures cost nothing;
 * after that each attempt must wait 1, 2, 4... seconds (at most {@link #MAX_DELAY}) after the last
 * failure, and attempts within that wait are refused without checking the password. The cap keeps
 * an attacker from locking the real admin out for long. Callers' addresses are throttled alike,
 * with more free failures ({@link CallerThrottle}).
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_DELAY = Duration.ofMinutes(5);

  private LoginThrottle() {}

  static Duration delayAfter(int failures) {
    return delayAfter(failures, FREE_FAILURES);
  }

  static Duration delayAfter(int failures, int freeFailures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  static boolean allows(int failures, OffsetDateTime lastFailure, OffsetDateTime now) {
    return lastFailure == null || !now.isBefore(lastFailure.plus(delayAfter(failures)));
  }
}
