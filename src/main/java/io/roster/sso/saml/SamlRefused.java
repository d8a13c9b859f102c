package io.roster.sso.saml;

/**
 * A SAML message that must not sign anyone in. The message says why in words an admin can act on
 * (it is shown by Test sign-in and written to the audit log); it never contains the message itself.
 */
public class SamlRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public SamlRefused(String reason) {
    super(reason);
  }

  public SamlRefused(String reason, Throwable cause) {
    super(reason, cause);
  }
}
