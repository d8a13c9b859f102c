package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PasswordBudgetTest {
  private static final long MS = 1_000_000;

  private final AtomicLong clock = new AtomicLong(1_000 * MS);

  /**
   * 200 ms of checking per second, as 10 % of 2 cores (twice the default); the checks' CPU time is
   * their time.
   */
  private final PasswordBudget budget = new PasswordBudget(200 * MS, clock::get, clock::get);

  /** One check of an untrusted caller that takes {@code millis}. */
  private void check(long millis) {
    try (PasswordBudget.Charge charge = budget.admit(false)) {
      clock.addAndGet(millis * MS);
    }
  }

  @Test
  void anUntrustedCallerFindingTheBudgetSpentIsRefusedAtOnce() {
    check(150);
    check(150);
    LoginRefused refused = assertThrows(LoginRefused.class, () -> budget.admit(false));
    assertEquals(503, refused.status());
    assertEquals(1, refused.retryAfterSeconds());
  }

  @Test
  void theBudgetRefillsAtItsRatePerSecond() {
    check(150);
    check(150);
    // 400 ms charged against 200 saved up and 30 refilled during the second check: 70 ms short
    clock.addAndGet(150 * MS); // refills 30 ms (plus 30 for the second check's own time)
    assertThrows(LoginRefused.class, () -> budget.admit(false));
    clock.addAndGet(100 * MS); // refills 20 ms more
    assertDoesNotThrow(() -> check(150));
  }

  @Test
  void aFloodGetsNoMoreThanTheBudgetOverTime() {
    long begin = clock.get();
    int admitted = 0;
    for (int request = 0; request < 500; request++) { // one every 20 ms; a check takes 150
      try {
        check(150);
        admitted++;
      } catch (LoginRefused busy) {
        // refused unchecked
      }
      clock.addAndGet(20 * MS);
    }
    double seconds = (clock.get() - begin) / 1e9;
    double affordable = (200 + 200 * seconds) / 150; // one second saved up, then 200 ms a second
    assertEquals(affordable, admitted, 1.5, admitted + " checks in " + seconds + " s");
  }

  @Test
  void callersArrivingTogetherReserveThePreviousCheckCost() {
    check(150);
    clock.addAndGet(1_000 * MS); // full again: 200 ms
    PasswordBudget.Charge first = budget.admit(false);
    PasswordBudget.Charge second = budget.admit(false); // 50 ms left
    assertThrows(LoginRefused.class, () -> budget.admit(false));
    first.close();
    second.close();
  }

  @Test
  void aCheckIsChargedItsCpuTimeNotItsWaits() {
    AtomicLong cpu = new AtomicLong();
    PasswordBudget busyMachine = new PasswordBudget(200 * MS, clock::get, cpu::get);
    for (int i = 0; i < 4; i++) { // each 150 ms of CPU over 1 s of wall time: affordable
      try (PasswordBudget.Charge charge = busyMachine.admit(false)) {
        cpu.addAndGet(150 * MS);
        clock.addAndGet(1_000 * MS);
      }
    }
    try (PasswordBudget.Charge charge = busyMachine.admit(false)) {
      cpu.addAndGet(400 * MS);
    }
    assertThrows(LoginRefused.class, () -> busyMachine.admit(false));
  }

  @Test
  void trustedCallersAreNeverCharged() {
    check(150);
    check(150);
    assertThrows(LoginRefused.class, () -> budget.admit(false));
    for (int i = 0; i < 10; i++) {
      assertDoesNotThrow(() -> budget.admit(true).close());
    }
    assertThrows(LoginRefused.class, () -> budget.admit(false));
  }
}
