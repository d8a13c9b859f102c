package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
