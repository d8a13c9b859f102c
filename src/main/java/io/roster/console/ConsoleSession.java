package io.roster.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A console login as its cookie carries it: the admin's name, when the login happened and when the
 * admin was last seen, signed with HMAC-SHA256. No server keeps sessions, so any node can check it.
 */
public record ConsoleSession(String admin, Instant issuedAt, Instant lastSeen) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public ConsoleSession seenAt(Instant now) {
    return new ConsoleSession(admin, issuedAt, now);
  }

  public String encode(byte[] key) {
    String payload =
        ENCODER.encodeToString(admin.getBytes(StandardCharsets.UTF_8))
            + "."
            + issuedAt.toEpochMilli()
            + "."
            + lastSeen.toEpochMilli();
    return payload + "." + ENCODER.encodeToString(mac(key, payload));
  }

  /** Empty for anything not signed with {@code key} or not in this format. */
  public static Optional<ConsoleSession> decode(String value, byte[] key) {
    if (value == null) {
      return Optional.empty();
    }
    int lastDot = value.lastIndexOf('.');
    if (lastDot < 0) {
      return Optional.empty();
    }
    String payload = value.substring(0, lastDot);
    try {
      byte[] signature = DECODER.decode(value.substring(lastDot + 1));
      if (!MessageDigest.isEqual(signature, mac(key, payload))) {
        return Optional.empty();
      }
      String[] parts = payload.split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      return Optional.of(
          new ConsoleSession(
              new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8),
              Instant.ofEpochMilli(Long.parseLong(parts[1])),
              Instant.ofEpochMilli(Long.parseLong(parts[2]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static byte[] mac(byte[] key, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
