package io.roster.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final ConsoleSession SESSION =
      new ConsoleSession(
          "ädmin.1",
          Instant.ofEpochMilli(1_700_000_000_000L),
          Instant.ofEpochMilli(1_700_000_060_000L));

  @Test
  void roundTrips() {
    assertEquals(Optional.of(SESSION), ConsoleSession.decode(SESSION.encode(KEY), KEY));
  }

  @Test
  void carriesAProvisionedUserInsteadOfAnAdmin() {
    ConsoleSession person =
        ConsoleSession.ofUser(
            java.util.UUID.fromString("6f1c2a4e-0b7d-4c1e-9a55-3d2b8e4f7a10"),
            Instant.ofEpochMilli(1_700_000_000_000L));
    ConsoleSession decoded = ConsoleSession.decode(person.encode(KEY), KEY).orElseThrow();
    assertEquals(person, decoded);
    assertTrue(decoded.isUser());
    assertEquals(null, decoded.admin());
    String cookie = person.encode(KEY);
    String otherUser = cookie.replace("6f1c2a4e", "00000000");
    assertEquals(Optional.empty(), ConsoleSession.decode(otherUser, KEY), "the id is signed");
  }

  @Test
  void refusesWhatItDidNotSign() {
    String cookie = SESSION.encode(KEY);
    byte[] otherKey = "another key, another node setup!".getBytes(StandardCharsets.US_ASCII);
    String forgedName =
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("root".getBytes())
            + cookie.substring(cookie.indexOf('.'));
    for (String bad :
        new String[] {
          null,
          "",
          "no-dots",
          forgedName,
          cookie.substring(0, cookie.length() - 2),
          cookie + "x",
          cookie.replace(".1700000060000.", ".9999999999999."),
          "a.b.c.%%%"
        }) {
      assertTrue(ConsoleSession.decode(bad, KEY).isEmpty(), String.valueOf(bad));
    }
    assertTrue(ConsoleSession.decode(cookie, otherKey).isEmpty());
  }
}
