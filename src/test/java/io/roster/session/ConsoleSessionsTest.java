package io.roster.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console's two timeouts, with the defaults: 30 minutes idle, 12 hours in all. */
class ConsoleSessionsTest {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration MAX = Duration.ofHours(12);
  static final Instant LOGIN = Instant.parse("2026-11-28T08:00:00Z");

  @Test
  void anAdminIdleForLessThanThirtyMinutesStaysSignedIn() {
    ConsoleSession session = new ConsoleSession("admin", LOGIN, LOGIN);
    assertFalse(ConsoleSessions.timedOut(session, LOGIN.plus(Duration.ofMinutes(29)), IDLE, MAX));
  }

  @Test
  void thirtyMinutesWithoutARequestEndTheLogin() {
    ConsoleSession session = new ConsoleSession("admin", LOGIN, LOGIN);
    assertTrue(ConsoleSessions.timedOut(session, LOGIN.plus(Duration.ofMinutes(31)), IDLE, MAX));
  }

  @Test
  void activitySlidesTheIdleTimeoutForward() {
    Instant seen = LOGIN.plus(Duration.ofHours(2));
    ConsoleSession session = new ConsoleSession("admin", LOGIN, LOGIN).seenAt(seen);
    assertFalse(ConsoleSessions.timedOut(session, seen.plus(Duration.ofMinutes(29)), IDLE, MAX));
  }

  @Test
  void twelveHoursAfterSigningInTheLoginEndsHoweverBusyTheAdmin() {
    Instant now = LOGIN.plus(MAX).plusSeconds(1);
    ConsoleSession session = new ConsoleSession("admin", LOGIN, LOGIN).seenAt(now.minusSeconds(5));
    assertTrue(ConsoleSessions.timedOut(session, now, IDLE, MAX));
  }
}
