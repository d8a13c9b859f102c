package io.roster.admin;

/** An admin-account change that breaks a rule; {@code status} is its HTTP answer on the API. */
public class AdminChangeRefused extends RuntimeException {
  private final int status;

  AdminChangeRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
