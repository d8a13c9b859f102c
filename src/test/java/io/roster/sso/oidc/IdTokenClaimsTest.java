package io.roster.sso.oidc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import io.roster.sso.MatchAttribute;
import io.roster.sso.SsoIdentity;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ID token's claims Roster insists on (iss, aud, exp, nonce) and what it matches on. */
class IdTokenClaimsTest {
  static final String ISSUER = "https://idp.example.com";
  static final String CLIENT = "roster";
  static final String NONCE = "n-0S6_WzA2Mj";

  static JWTClaimsSet.Builder valid() {
    return withoutSubject().subject("00u1");
  }

  static JWTClaimsSet.Builder withoutSubject() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(List.of(CLIENT))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", NONCE)
        .claim("email", "alice@example.com");
  }

  @Test
  void acceptsTheRightToken() {
    assertDoesNotThrow(
        () -> OidcFlow.claimsVerifier(ISSUER, CLIENT, NONCE).verify(valid().build(), null));
  }

  @Test
  void refusesAnotherIssuerAudienceOrNonceAndAnExpiredToken() {
    var verifier = OidcFlow.claimsVerifier(ISSUER, CLIENT, NONCE);
    Instant past = Instant.now().minusSeconds(3600);
    for (JWTClaimsSet bad :
        List.of(
            valid().issuer("https://evil.example.com").build(),
            valid().audience("another-client").build(),
            valid().claim("nonce", "replayed").build(),
            valid().claim("nonce", null).build(),
            valid().expirationTime(Date.from(past)).build(),
            withoutSubject().build())) {
      assertThrows(BadJWTException.class, () -> verifier.verify(bad, null), bad.toString());
    }
  }

  @Test
  void theConfiguredClaimNamesThePerson() {
    OidcConfig config = new OidcConfig(ISSUER, CLIENT, "v1.x.y", "openid email", Claim.SUB);
    SsoIdentity identity = OidcFlow.identity(config, valid().build());
    assertEquals("00u1", identity.matchValue());
    assertEquals(MatchAttribute.EXTERNAL_ID, identity.matchAttribute());
    assertEquals(List.of("alice@example.com"), identity.received().get("email"));
  }
}
