package io.roster.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token request as sent: its form parameters, its Authorization header and the caller's address.
 * Knows RFC 6749's reading rules: no parameter twice (§3.2), client_secret_basic's URL-encoded
 * credentials (§2.3.1), one client authentication method per request (§2.3).
 */
record TokenRequest(Map<String, List<String>> form, String authorization, String callerAddress) {
  static final String BASIC = "Basic ";

  /** The client credentials a request presents. {@code clientId} may be null for assertions. */
  record ClientCredentials(String method, String clientId, String secret, String assertion) {}

  /** A parameter sent at most once; empty values count as absent. */
  Optional<String> parameter(String name) {
    List<String> values = form.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw OAuthError.invalidRequest(name + " is sent more than once");
    }
    return values.stream().filter(v -> !v.isEmpty()).findFirst();
  }

  /**
   * @throws OAuthError invalid_request for two methods or a malformed one, invalid_client for none
   */
  ClientCredentials clientCredentials() {
    Optional<String> clientId = parameter("client_id");
    Optional<String> secret = parameter("client_secret");
    Optional<String> assertionType = parameter("client_assertion_type");
    Optional<String> assertion = parameter("client_assertion");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, 6);
    int methods =
        (basic ? 1 : 0)
            + (secret.isPresent() ? 1 : 0)
            + (assertionType.isPresent() || assertion.isPresent() ? 1 : 0);
    if (methods > 1) {
      throw OAuthError.invalidRequest("Use exactly one client authentication method");
    }
    if (basic) {
      return basic(clientId);
    }
    if (secret.isPresent()) {
      return new ClientCredentials(
          "client_secret_post",
          clientId.orElseThrow(() -> OAuthError.invalidRequest("client_id is required")),
          secret.get(),
          null);
    }
    if (assertion.isPresent() || assertionType.isPresent()) {
      if (!ClientAssertions.TYPE.equals(assertionType.orElse(null)) || assertion.isEmpty()) {
        throw OAuthError.invalidRequest(
            "client_assertion_type must be " + ClientAssertions.TYPE + ", with client_assertion");
      }
      return new ClientCredentials("private_key_jwt", clientId.orElse(null), null, assertion.get());
    }
    throw OAuthError.invalidClient("no client authentication");
  }

  private ClientCredentials basic(Optional<String> formClientId) {
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidClient("malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw OAuthError.invalidClient("malformed Basic credentials");
    }
    String clientId = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
    String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    if (formClientId.isPresent() && !formClientId.get().equals(clientId)) {
      throw OAuthError.invalidRequest("client_id differs from the Basic credentials");
    }
    return new ClientCredentials("client_secret_basic", clientId, secret, null);
  }
}
