package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallerThrottleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static CallerThrottle failedTimes(String address, int failures) {
    CallerThrottle throttle = new CallerThrottle();
    for (int i = 0; i < failures; i++) {
      throttle.failed(address, T0);
    }
    return throttle;
  }

  @Test
  void anAddressWaitsAfterItsFreeFailures() {
    CallerThrottle throttle = failedTimes("a", CallerThrottle.FREE_FAILURES - 1);
    assertDoesNotThrow(() -> throttle.check("a", T0));
    throttle.failed("a", T0);
    LoginRefused refused = assertThrows(LoginRefused.class, () -> throttle.check("a", T0));
    assertEquals(429, refused.status());
    assertEquals(1, refused.retryAfterSeconds());
    assertDoesNotThrow(() -> throttle.check("a", T0.plusSeconds(1)));
    assertDoesNotThrow(() -> throttle.check("b", T0), "other addresses unaffected");
  }

  @Test
  void aSuccessClearsTheAddress() {
    CallerThrottle throttle = failedTimes("a", CallerThrottle.FREE_FAILURES);
    throttle.succeeded("a");
    assertDoesNotThrow(() -> throttle.check("a", T0));
  }

  @Test
  void remembersABoundedNumberOfAddresses() {
    CallerThrottle throttle = new CallerThrottle();
    for (int i = 0; i <= CallerThrottle.MAX_ADDRESSES; i++) {
      throttle.failed("10.0." + i, T0);
    }
    assertEquals(CallerThrottle.MAX_ADDRESSES, throttle.size());
  }
}
