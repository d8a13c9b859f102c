package io.roster.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureThrottleTest {
  static final long SECOND = 1_000_000_000L;

  @Test
  void aClientMayFailFiveTimesThenWaitsLongerAfterEachFailure() {
    FailureThrottle throttle = new FailureThrottle();
    for (int i = 0; i < FailureThrottle.FREE_FAILURES; i++) {
      assertEquals(0, throttle.secondsToWait(0, "client:a"));
      throttle.failed(0, "client:a");
    }
    assertEquals(1, throttle.secondsToWait(0, "client:a"));
    assertEquals(0, throttle.secondsToWait(SECOND, "client:a"));
    throttle.failed(SECOND, "client:a");
    assertEquals(2, throttle.secondsToWait(SECOND, "client:a", "address:x"));
    assertEquals(0, throttle.secondsToWait(SECOND, "client:b", "address:x"), "others are free");
    throttle.succeeded("client:a");
    assertEquals(0, throttle.secondsToWait(SECOND, "client:a"));
  }

  @Test
  void anAddressSharedByManyTenantsHasMoreFreeFailures() {
    FailureThrottle throttle = new FailureThrottle();
    for (int i = 0; i < FailureThrottle.FREE_FAILURES; i++) {
      throttle.failed(0, "address:x");
    }
    assertEquals(0, throttle.secondsToWait(0, "address:x"));
    for (int i = FailureThrottle.FREE_FAILURES; i < FailureThrottle.FREE_ADDRESS_FAILURES; i++) {
      throttle.failed(0, "address:x");
    }
    assertEquals(1, throttle.secondsToWait(0, "address:x"));
  }

  @Test
  void theDelayIsCapped() {
    assertEquals(0, FailureThrottle.delaySeconds(4, 5));
    assertEquals(1, FailureThrottle.delaySeconds(5, 5));
    assertEquals(256, FailureThrottle.delaySeconds(13, 5));
    assertEquals(FailureThrottle.MAX_DELAY_SECONDS, FailureThrottle.delaySeconds(14, 5));
    assertEquals(FailureThrottle.MAX_DELAY_SECONDS, FailureThrottle.delaySeconds(1000, 5));
  }

  @Test
  void theMapIsBounded() {
    FailureThrottle throttle = new FailureThrottle();
    for (int i = 0; i <= FailureThrottle.MAX_KEYS; i++) {
      throttle.failed(0, "client:" + i);
    }
    for (int i = 1; i < FailureThrottle.FREE_FAILURES; i++) {
      throttle.failed(0, "client:0");
      throttle.failed(0, "client:" + FailureThrottle.MAX_KEYS);
    }
    assertEquals(
        0, throttle.secondsToWait(0, "client:0"), "the oldest key's first failure is gone");
    assertEquals(1, throttle.secondsToWait(0, "client:" + FailureThrottle.MAX_KEYS));
  }
}
