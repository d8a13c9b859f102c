package io.roster.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates and hashes SCIM token secrets. A secret is {@code rst_} (so secret scanners recognise
 * it) plus 32 CSPRNG bytes in base64url; 256 bits make a plain SHA-256 the right storage hash (no
 * salt or stretching needed against guessing).
 */
public final class TokenSecrets {
  public static final String PREFIX = "rst_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lower-case hex SHA-256 of the secret: what the database stores and indexes. */
  public static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /**
   * Compares two hashes in time independent of where they differ. The database finds the row by the
   * hash's unique index; this check keeps a lookup quirk (collation, padding) from ever accepting a
   * different hash, and never exits early like {@link String#equals}.
   */
  public static boolean sameHash(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
  }
}
