package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.audit.AuditQuery;
import io.roster.audit.AuditSearch;
import io.roster.testing.AdminApi;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside Liberty, with an account of its own so throttling never locks out other tests. */
@ExtendWith(ArquillianExtension.class)
class AdminAuthenticatorIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  /** Not the test client's own address, which the other tests use. */
  private static final String CALLER = "192.0.2.1";

  @Inject AdminAccounts accounts;
  @Inject AdminAuthenticator authenticator;
  @Inject AuditSearch audit;

  @Test
  void passwordsAreStoredAsPbkdf2() throws Exception {
    String name = "hash-" + UUID.randomUUID();
    accounts.create(name, "s3cret-passphrase", false);
    String stored =
        Database.queryString("SELECT password_hash FROM admin_account WHERE user_name = ?", name);
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
    assertEquals(Optional.of(name), authenticator.authenticate(name, "s3cret-passphrase", CALLER));
  }

  @Test
  void repeatedFailuresAreSlowedDownAndAudited() throws Exception {
    String name = "throttle-" + UUID.randomUUID();
    accounts.create(name, "right-password", false);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertTrue(authenticator.authenticate(name, "wrong", CALLER).isEmpty());
    }
    assertTrue(
        authenticator.authenticate(name, "right-password", CALLER).isEmpty(),
        "refused while throttled, even with the right password");

    Thread.sleep(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES).toMillis() + 200);
    assertEquals(Optional.of(name), authenticator.authenticate(name, "right-password", CALLER));

    var failures =
        audit.find(new AuditQuery(null, null, null, "admin.login.failed", "Admin", name, 0, 50));
    assertEquals(LoginThrottle.FREE_FAILURES + 1, failures.total(), "5 wrong + 1 throttled");
    var successes =
        audit.find(new AuditQuery(null, null, name, "admin.login.succeeded", null, null, 0, 50));
    assertEquals(1, successes.total());
  }

  @Test
  void parallelGuessesAreAllCountedAndOnlyTheFreeOnesAreChecked() throws Exception {
    String name = "parallel-" + UUID.randomUUID();
    accounts.create(name, "right-password", false);
    int guesses = 12;
    ExecutorService pool = Executors.newFixedThreadPool(guesses);
    try {
      List<Callable<Optional<String>>> calls =
          Collections.nCopies(guesses, () -> guessOrBusy(name));
      for (Future<Optional<String>> answer : pool.invokeAll(calls)) {
        assertTrue(answer.get().isEmpty());
      }
    } finally {
      pool.shutdown();
    }
    int counted =
        Integer.parseInt(
            Database.queryString(
                "SELECT failed_logins FROM admin_account WHERE user_name = ?", name));
    int checked =
        Integer.parseInt(
            Database.queryString(
                "SELECT count(*) FROM audit_entry WHERE target_name = ? AND summary LIKE 'wrong%'",
                name));
    assertEquals(checked, counted, "every checked guess counted, none lost to the race");
    assertTrue(
        checked <= LoginThrottle.FREE_FAILURES,
        checked + " checks: the guesses beyond the free failures are refused unchecked");
    assertTrue(checked > 0);
  }

  /** On a busy machine some guesses may wait too long for a check: refused unchecked too. */
  private Optional<String> guessOrBusy(String name) {
    try {
      return authenticator.authenticate(name, "wrong", CALLER);
    } catch (LoginRefused busy) {
      assertEquals(503, busy.status());
      return Optional.empty();
    }
  }

  @Test
  void aThrottledAccountAnswersAboutAsSlowlyAsACheckedOne() {
    String name = "timing-" + UUID.randomUUID();
    accounts.create(name, "right-password", false);
    long checked = 0;
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      checked = Math.max(checked, nanosOf(() -> authenticator.authenticate(name, "wrong", CALLER)));
    }
    long throttled = nanosOf(() -> authenticator.authenticate(name, "wrong", CALLER));
    assertTrue(
        throttled > checked / 4,
        "throttled " + throttled / 1_000_000 + " ms, checked " + checked / 1_000_000 + " ms");
  }

  @Test
  void aCallerCyclingThroughNamesIsThrottledByAddress() {
    String caller = "198.51.100.7";
    for (int i = 0; i < CallerThrottle.FREE_FAILURES; i++) {
      assertTrue(authenticator.authenticate("nobody-" + i, "wrong", caller).isEmpty());
    }
    LoginRefused refused =
        assertThrows(
            LoginRefused.class,
            () -> authenticator.authenticate(AdminApi.USER, AdminApi.PASSWORD, caller));
    assertEquals(429, refused.status());
    assertTrue(refused.retryAfterSeconds() >= 1);
    assertEquals(
        Optional.of(AdminApi.USER),
        authenticator.authenticate(AdminApi.USER, AdminApi.PASSWORD, CALLER),
        "other addresses unaffected");
  }

  private static long nanosOf(Runnable login) {
    long start = System.nanoTime();
    login.run();
    return System.nanoTime() - start;
  }
}
