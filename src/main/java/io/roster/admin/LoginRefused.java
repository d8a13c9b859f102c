package io.roster.admin;

/**
 * A login refused before any password check, for a reason that reveals nothing about accounts: too
 * many password checks at once on this node (503), or too many failures from the caller's address
 * (429). Both say when to try again.
 */
public final class LoginRefused extends RuntimeException {
  private final int status;
  private final long retryAfterSeconds;

  private LoginRefused(int status, long retryAfterSeconds, String message) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static LoginRefused busy() {
    return new LoginRefused(503, 1, "Too many password checks at once; try again shortly");
  }

  static LoginRefused callerThrottled(long retryAfterSeconds) {
    return new LoginRefused(
        429, retryAfterSeconds, "Too many failed logins from this address; try again later");
  }

  public int status() {
    return status;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
