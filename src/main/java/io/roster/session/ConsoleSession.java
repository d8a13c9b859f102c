package io.roster.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

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
    return SignedValue.sign(
        key,
        ENCODER.encodeToString((isUser() ? "" : admin).getBytes(StandardCharsets.UTF_8))
            + "."
            + (isUser() ? user.toString() : NO_USER)
            + "."
            + issuedAt.toEpochMilli()
            + "."
            + lastSeen.toEpochMilli());
  }

  /** Empty for anything not signed with {@code key} or not in this format. */
  public static Optional<ConsoleSession> decode(String value, byte[] key) {
    return SignedValue.verify(key, value).flatMap(ConsoleSession::parse);
  }

  private static Optional<ConsoleSession> parse(String payload) {
    String[] parts = payload.split("\\.");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
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
}
