package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an admin's user name and password: the one credential check behind the admin API's HTTP
 * Basic and the console's form login. Failures are counted in PostgreSQL and throttled per account
 * across all nodes ({@link LoginThrottle}, {@link LoginAttempts}) and per caller address on each
 * node ({@link CallerThrottle}); at most half as many checks run at once as there are cores ({@link
 * PasswordChecks}), and those of callers without a recent success from their address share a budget
 * of CPU time per second ({@link PasswordBudget}). Every outcome is audited, and every refusal that
 * depends on an account takes about as long as a password check, so its timing does not tell which
 * names exist.
 */
@ApplicationScoped
public class AdminAuthenticator {
  @Inject PasswordHashing passwords;
  @Inject PasswordChecks checks;
  @Inject PasswordBudget budget;
  @Inject CallerThrottle callers;
  @Inject LoginAttempts attempts;
  @Inject AdminAccounts accounts;

  /**
   * The admin's user name when the credentials are right and the account is not throttled.
   *
   * @param caller the caller's address
   * @throws LoginRefused when the caller must wait, too many checks are running, or the budget of
   *     checks for untrusted callers is spent
   * @throws PasswordSignInOff when the password is right but Require SSO is on and the account is
   *     not break-glass
   */
  public Optional<String> authenticate(String userName, String password, String caller) {
    Instant now = Instant.now();
    callers.check(caller, now);
    LoginAttempts.Reservation reservation;
    boolean verified;
    try (PasswordBudget.Charge charge = budget.admit(callers.trusted(caller, now));
        PasswordChecks.Permit permit = checks.enter()) {
      reservation = attempts.reserve(userName);
      verified = verify(reservation, password);
    }
    if (reservation instanceof LoginAttempts.Reserved attempt && verified) {
      if (!attempt.account().breakGlass && accounts.ssoRequired()) {
        attempts.ssoRequired(attempt);
        throw new PasswordSignInOff();
      }
      callers.succeeded(caller, Instant.now());
      attempts.succeeded(attempt);
      return Optional.of(attempt.account().userName);
    }
    callers.failed(caller, Instant.now());
    if (reservation instanceof LoginAttempts.Reserved attempt) {
      attempts.failed(attempt);
    } else if (reservation instanceof LoginAttempts.Throttled) {
      passwords.waitAsLongAsACheck();
    }
    return Optional.empty();
  }

  private boolean verify(LoginAttempts.Reservation reservation, String password) {
    if (reservation instanceof LoginAttempts.Reserved attempt) {
      return passwords.verify(password, attempt.account().passwordHash);
    }
    if (reservation instanceof LoginAttempts.Unknown) {
      passwords.verifyDecoy(password);
    }
    return false;
  }
}
