package io.roster.sso.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in in progress: state, nonce and PKCE, and the cookie that carries them. */
class OidcStateTest {
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");

  @Test
  void theCallbackFindsWhatTheStartKept() {
    OidcState started = OidcState.begin("/console/users.xhtml?q=a.b", true, NOW);
    assertEquals(
        Optional.of(started),
        OidcState.verify(started.encode(KEY), started.state(), KEY, NOW.plusSeconds(30)));
  }

  @Test
  void everyStartHasItsOwnStateNonceAndVerifier() {
    OidcState a = OidcState.begin(null, false, NOW);
    OidcState b = OidcState.begin(null, false, NOW);
    assertNotEquals(a.state(), b.state());
    assertNotEquals(a.nonce(), b.nonce());
    assertNotEquals(a.verifier(), b.verifier());
    assertNotEquals(a.state(), a.nonce());
    assertTrue(a.verifier().length() >= 43, "RFC 7636: 43 to 128 characters");
  }

  @Test
  void theChallengeIsS256OfTheVerifier() {
    // RFC 7636, appendix B.
    OidcState example =
        new OidcState("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "", false, NOW);
    assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", example.challenge());
  }

  @Test
  void refusesAnotherStateAnExpiredFlowAndWhatItDidNotSign() {
    OidcState started = OidcState.begin("/console/", false, NOW);
    String cookie = started.encode(KEY);
    byte[] otherKey = "another key, another deployment".getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.empty(), OidcState.verify(cookie, "forged", KEY, NOW));
    assertEquals(Optional.empty(), OidcState.verify(cookie, null, KEY, NOW));
    assertEquals(Optional.empty(), OidcState.verify(null, started.state(), KEY, NOW));
    assertEquals(Optional.empty(), OidcState.verify(cookie, started.state(), otherKey, NOW));
    assertEquals(
        Optional.empty(),
        OidcState.verify(
            cookie,
            started.state(),
            KEY,
            NOW.plus(OidcState.LIFETIME).plus(Duration.ofSeconds(1))));
    String otherReturn =
        cookie.replaceFirst("\\.f\\.", ".t."); // flipping "test" breaks the signature
    assertEquals(Optional.empty(), OidcState.verify(otherReturn, started.state(), KEY, NOW));
  }
}
