package io.roster.scim.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.filter.FilterParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-12-02T19:00:00Z");
  private static final Sort BY_NAME = new Sort("userName", false);
  private static final byte[] QUERY =
      CursorCodec.fingerprint("UserEntity", FilterParser.parse("title eq \"x\""), BY_NAME);

  private final CursorCodec codec = at(NOW);

  private static CursorCodec at(Instant instant) {
    return new CursorCodec(KEY, Duration.ofSeconds(600), Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void roundTripsEveryKindOfSortValueWithOnlyUnreservedCharacters() {
    UUID id = UUID.randomUUID();
    for (Object value :
        new Object[] {
          null,
          "ann@example.com",
          "ünïcode ✓",
          true,
          7,
          7L,
          OffsetDateTime.parse("2026-01-02T03:04:05.123456Z")
        }) {
      String token = codec.encode(new Cursor(true, value, id), QUERY);
      assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
      assertEquals(new Cursor(true, value, id), codec.decode(token, QUERY));
    }
  }

  @Test
  void anAlteredTokenIsInvalid() {
    String token = codec.encode(new Cursor(false, "ann", UUID.randomUUID()), QUERY);
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 1;
      assertRefused(
          ScimType.INVALID_CURSOR, Base64.getUrlEncoder().withoutPadding().encodeToString(changed));
    }
    assertRefused(ScimType.INVALID_CURSOR, "not a cursor!");
    assertRefused(ScimType.INVALID_CURSOR, "AAAA");
    assertRefused(ScimType.INVALID_CURSOR, token.substring(0, token.length() - 2));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsInvalid() {
    CursorCodec other =
        new CursorCodec(
            "another key, another deployment".getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(600),
            Clock.fixed(NOW, ZoneOffset.UTC));
    assertRefused(
        ScimType.INVALID_CURSOR, other.encode(new Cursor(false, "ann", UUID.randomUUID()), QUERY));
  }

  @Test
  void aTokenOfAnotherQueryIsInvalid() {
    String token = codec.encode(new Cursor(false, "ann", UUID.randomUUID()), QUERY);
    byte[][] others = {
      CursorCodec.fingerprint("UserEntity", FilterParser.parse("title eq \"y\""), BY_NAME),
      CursorCodec.fingerprint("UserEntity", FilterParser.parse("title eq \"x\""), Sort.UNSORTED),
      CursorCodec.fingerprint(
          "UserEntity", FilterParser.parse("title eq \"x\""), new Sort("userName", true)),
      CursorCodec.fingerprint("GroupEntity", FilterParser.parse("title eq \"x\""), BY_NAME)
    };
    for (byte[] other : others) {
      ScimException e = assertThrows(ScimException.class, () -> codec.decode(token, other));
      assertEquals(ScimType.INVALID_CURSOR, e.scimType());
      assertTrue(e.getMessage().contains("another query"), e.getMessage());
    }
    assertEquals(
        "ann",
        codec
            .decode(
                token,
                CursorCodec.fingerprint(
                    "UserEntity",
                    FilterParser.parse("title eq \"x\""),
                    new Sort("USERNAME", false)))
            .sortValue());
  }

  @Test
  void aTokenExpiresAfterTheTimeout() {
    String token = codec.encode(new Cursor(false, "ann", UUID.randomUUID()), QUERY);
    at(NOW.plusSeconds(600)).decode(token, QUERY);
    ScimException e =
        assertThrows(ScimException.class, () -> at(NOW.plusSeconds(601)).decode(token, QUERY));
    assertEquals(ScimType.EXPIRED_CURSOR, e.scimType());
    assertEquals(400, e.status());
  }

  private void assertRefused(ScimType type, String token) {
    ScimException e = assertThrows(ScimException.class, () -> codec.decode(token, QUERY));
    assertEquals(type, e.scimType(), token);
    assertEquals(400, e.status());
  }
}
