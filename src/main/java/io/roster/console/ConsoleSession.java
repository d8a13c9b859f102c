package io.roster.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A console login as its cookie carries it: who (a local admin account by name, or a
 * SCIM-provisioned user signed in through SSO by id), when the login happened and when they were
 * last seen, signed with HMAC-SHA256. No server keeps sessions, so any node can check it.
 *
 * @param admin the admin account's name; null for a provisioned user
 * @param user the provisioned user's id; null for an admin account
 */
public record ConsoleSession(String admin, UUID user, Instant issuedAt, Instant lastSeen) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String NO_USER = "-";

  /** A local admin account's login. */
  public ConsoleSession(String admin, Instant issuedAt, Instant lastSeen) {
    this(admin, null, issuedAt, lastSeen);
  }

  /** A provisioned user's login (through SSO). */
  public static ConsoleSession ofUser(UUID user, Instant now) {
    return new ConsoleSession(null, user, now, now);
  }

  public boolean isUser() {
    return user != null;
  }

  public ConsoleSession seenAt(Instant now) {
    return new ConsoleSession(admin, user, issuedAt, now);
  }

  public String encode(byte[] key) {
    String payload =
        ENCODER.encodeToString((isUser() ? "" : admin).getBytes(StandardCharsets.UTF_8))
            + "."
            + (isUser() ? user.toString() : NO_USER)
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
      if (parts.length != 4) {
        return Optional.empty();
      }
      Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(parts[2]));
      Instant lastSeen = Instant.ofEpochMilli(Long.parseLong(parts[3]));
      if (!parts[1].equals(NO_USER)) {
        return Optional.of(new ConsoleSession(null, UUID.fromString(parts[1]), issuedAt, lastSeen));
      }
      return Optional.of(
          new ConsoleSession(
              new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8), issuedAt, lastSeen));
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
