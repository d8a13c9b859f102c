package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an admin's user name and password: the one credential check behind the admin API's HTTP
 * Basic and the console's form login. Failures are counted in PostgreSQL and throttled per account
 * across all nodes ({@link LoginThrottle}, {@link LoginAttempts}) and per caller address on each
 * node ({@link CallerThrottle}); at most about as many checks run at once as there are cores
 * ({@link PasswordChecks}). Every outcome is audited, and every refusal that depends on an account
 * takes about as long as a password check, so its timing does not tell which names exist.
 */
@ApplicationScoped
public class AdminAuthenticator {
  @Inject PasswordHashing passwords;
  @Inject PasswordChecks checks;
  @Inject CallerThrottle callers;
  @Inject LoginAttempts attempts;
  @Inject AdminAccounts accounts;

  /**
   * The admin's user name when the credentials are right and the account is not throttled.
   *
   * @param caller the caller's address
   * @throws LoginRefused when the caller must wait, or too many checks are running
   * @throws PasswordSignInOff when the password is right but Require SSO is on and the account is
   *     not break-glass
   */
  public Optional<String> authenticate(String userName, String password, String caller) {
    callers.check(caller, Instant.now());
    LoginAttempts.Reservation reservation;
    boolean verified;
    try (PasswordChecks.Permit permit = checks.enter()) {
      reservation = attempts.reserve(userName);
      verified = verify(reservation, password);
    }
    if (reservation instanceof LoginAttempts.Reserved attempt && verified) {
      if (!attempt.account().breakGlass && accounts.ssoRequired()) {
        attempts.ssoRequired(attempt);
        throw new PasswordSignInOff();
      }
      callers.succeeded(caller);
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
