package io.roster.admin;

/**
 * A right password of an account that may not use it: Require SSO is on and the account is not
 * break-glass. Said plainly, since the caller has just proven they know the password.
 */
public class PasswordSignInOff extends RuntimeException {
  public PasswordSignInOff() {
    super(
        "Password sign-in is off for this account: Require SSO is on, and only break-glass"
            + " accounts may sign in with a password. Sign in with SSO.");
  }
}
