package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    throttle.succeeded("a", T0);
    assertDoesNotThrow(() -> throttle.check("a", T0));
  }

  @Test
  void anAddressIsTrustedForAWhileAfterASuccessUntilItFails() {
    CallerThrottle throttle = new CallerThrottle();
    assertFalse(throttle.trusted("a", T0), "never seen");
    throttle.succeeded("a", T0);
    assertTrue(throttle.trusted("a", T0.plus(CallerThrottle.TRUST).minusSeconds(1)));
    assertFalse(throttle.trusted("a", T0.plus(CallerThrottle.TRUST)), "trust expires");
    assertFalse(throttle.trusted("b", T0), "only that address");
    throttle.succeeded("a", T0);
    throttle.failed("a", T0.plusSeconds(1));
    assertFalse(throttle.trusted("a", T0.plusSeconds(2)), "a failure ends it");
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
