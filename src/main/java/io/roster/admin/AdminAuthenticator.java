package io.roster.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks an admin's user name and password: the one credential check behind the admin API's HTTP
 * Basic and the console's form login. Failures are counted in PostgreSQL and throttled per account
 * across all nodes ({@link LoginThrottle}, {@link LoginAttempts}); every outcome is audited. Every
 * refusal takes about as long as a password check, so its timing does not tell which names exist.
 */
@ApplicationScoped
public class AdminAuthenticator {
  @Inject PasswordHashing passwords;
  @Inject LoginAttempts attempts;

  /** The admin's user name when the credentials are right and the account is not throttled. */
  public Optional<String> authenticate(String userName, String password) {
    LoginAttempts.Reservation reservation = attempts.reserve(userName);
    if (reservation instanceof LoginAttempts.Unknown) {
      passwords.verifyDecoy(password);
      return Optional.empty();
    }
    if (!(reservation instanceof LoginAttempts.Reserved attempt)) {
      passwords.waitAsLongAsACheck();
      return Optional.empty();
    }
    if (!passwords.verify(password, attempt.account().passwordHash)) {
      attempts.failed(attempt);
      return Optional.empty();
    }
    attempts.succeeded(attempt);
    return Optional.of(attempt.account().userName);
  }
}
