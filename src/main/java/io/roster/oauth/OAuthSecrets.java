package io.roster.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generates client secrets and access tokens: a prefix that secret scanners and people recognise
 * plus 32 CSPRNG bytes (256 bits), so a plain SHA-256 ({@code TokenSecrets.hash}) is the right
 * storage hash, as for {@code rst_} tokens.
 */
final class OAuthSecrets {
  /** A client secret: Roster client secret. */
  static final String SECRET_PREFIX = "rcs_";

  /** An access token: Roster access token. */
  static final String ACCESS_TOKEN_PREFIX = "rat_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private OAuthSecrets() {}

  static String generate(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
