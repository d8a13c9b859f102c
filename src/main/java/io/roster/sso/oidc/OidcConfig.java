package io.roster.sso.oidc;

/**
 * The OpenID Connect settings as stored. The client secret stays sealed here; only the token
 * request opens it.
 *
 * @param sealedSecret the client secret encrypted by {@code SecretBox}; null when none was given
 */
public record OidcConfig(
    String issuer, String clientId, String sealedSecret, String scopes, Claim claim) {
  public boolean complete() {
    return !issuer.isBlank() && !clientId.isBlank() && sealedSecret != null;
  }

  /** Never the sealed secret either: settings are logged and shown in places. */
  @Override
  public String toString() {
    return "OidcConfig[issuer=" + issuer + ", clientId=" + clientId + "]";
  }
}
