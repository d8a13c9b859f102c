package io.roster.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads {@code Authorization: Basic base64(user:password)} (RFC 7617), UTF-8 as browsers send. */
record BasicCredentials(String userName, String password) {
  private static final String SCHEME = "Basic ";

  static Optional<BasicCredentials> from(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      byte[] bytes = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim());
      decoded = new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /** Never prints the password, should a record ever reach a log. */
  @Override
  public String toString() {
    return "BasicCredentials[" + userName + "]";
  }
}
