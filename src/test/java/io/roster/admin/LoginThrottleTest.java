package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {
  @ParameterizedTest
  @CsvSource({"0, 0", "4, 0", "5, 1", "6, 2", "8, 8", "13, 256", "14, 300", "1000, 300"})
  void delayDoublesAfterTheFreeFailuresUpToTheCap(int failures, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), LoginThrottle.delayAfter(failures));
  }

  @Test
  void refusesWithinTheDelayAfterTheLastFailure() {
    OffsetDateTime last = OffsetDateTime.parse("2026-01-01T00:00:00Z");
    assertTrue(LoginThrottle.allows(4, last, last));
    assertFalse(LoginThrottle.allows(6, last, last.plusSeconds(1)));
    assertTrue(LoginThrottle.allows(6, last, last.plusSeconds(2)));
    assertTrue(LoginThrottle.allows(0, null, last));
  }
}
