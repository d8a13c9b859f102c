package io.roster.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A workload identity issuer for tests (Entra's role in federation): holds a signing key and signs
 * client assertions, by default valid ones for {@link #ISSUER}, {@link #SUBJECT}, {@link
 * #AUDIENCE}.
 */
final class Issuer {
  static final String ISSUER = "https://login.example.test/tenant/v2.0";
  static final String SUBJECT = "entra-workload-1";
  static final String AUDIENCE = "api://AzureADTokenExchange";

  private final JWK key;

  private Issuer(JWK key) {
    this.key = key;
  }

  static Issuer rsa(String kid) {
    try {
      return new Issuer(new RSAKeyGenerator(2048).keyID(kid).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static Issuer ec(String kid) {
    try {
      return new Issuer(new ECKeyGenerator(Curve.P_256).keyID(kid).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public JWKS, as the issuer publishes it. */
  String jwks() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  JWK publicKey() {
    return key.toPublicJWK();
  }

  String assertion() {
    return assertion(claims().build());
  }

  /** Valid claims, to change one of them. */
  static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(SUBJECT)
        .audience(AUDIENCE)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
        .jwtID(UUID.randomUUID().toString());
  }

  String assertion(JWTClaimsSet claims) {
    try {
      boolean rsa = key instanceof RSAKey;
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(rsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256)
                  .keyID(key.getKeyID())
                  .build(),
              claims);
      jwt.sign(rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
