package io.roster.oauth;

/**
 * A token-endpoint refusal (RFC 6749 §5.2). {@code description} goes to the client; {@code
 * auditReason} only to the audit log, so a client learns no more than "authentication failed" while
 * an admin sees why. Neither ever holds a secret or an assertion.
 */
public class OAuthError extends RuntimeException {
  private final String error;
  private final int status;
  private final String auditReason;
  private final long retryAfterSeconds;

  private OAuthError(String error, int status, String description, String auditReason, long wait) {
    super(description, null, false, false);
    this.error = error;
    this.status = status;
    this.auditReason = auditReason;
    this.retryAfterSeconds = wait;
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError("invalid_request", 400, description, description, 0);
  }

  static OAuthError invalidClient(String auditReason) {
    return new OAuthError("invalid_client", 401, "Client authentication failed", auditReason, 0);
  }

  static OAuthError unsupportedGrantType() {
    return new OAuthError(
        "unsupported_grant_type",
        400,
        "Only grant_type=client_credentials is supported",
        "unsupported grant type",
        0);
  }

  static OAuthError invalidScope() {
    return new OAuthError("invalid_scope", 400, "The only scope is scim", "invalid scope", 0);
  }

  static OAuthError throttled(long seconds) {
    return new OAuthError(
        "invalid_client",
        429,
        "Too many failed attempts; retry after " + seconds + " s",
        "throttled after repeated failures",
        seconds);
  }

  public String error() {
    return error;
  }

  public int status() {
    return status;
  }

  public String auditReason() {
    return auditReason;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
