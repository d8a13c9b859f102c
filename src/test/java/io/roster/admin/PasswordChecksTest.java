package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordChecksTest {
  @Test
  void beyondTheBoundACallerWaitsBrieflyThenIsToldToRetry() {
    PasswordChecks checks = new PasswordChecks(1, 50);
    try (PasswordChecks.Permit first = checks.enter()) {
      LoginRefused refused = assertThrows(LoginRefused.class, checks::enter);
      assertEquals(503, refused.status());
      assertEquals(1, refused.retryAfterSeconds());
    }
    checks.enter().close();
  }

  @Test
  void whenAsManyCallersWaitAsThereArePermitsTheNextIsRefusedAtOnce() throws Exception {
    PasswordChecks checks = new PasswordChecks(1, 10_000);
    CountDownLatch waiterDone = new CountDownLatch(1);
    try (PasswordChecks.Permit first = checks.enter()) {
      Thread waiter =
          new Thread(
              () -> {
                try {
                  checks.enter().close();
                } finally {
                  waiterDone.countDown();
                }
              });
      waiter.start();
      while (waiter.getState() != Thread.State.TIMED_WAITING) {
        Thread.sleep(5);
      }
      long start = System.nanoTime();
      assertThrows(LoginRefused.class, checks::enter);
      assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused without waiting");
    }
    assertTrue(waiterDone.await(5, TimeUnit.SECONDS), "the waiter got the permit");
  }
}
