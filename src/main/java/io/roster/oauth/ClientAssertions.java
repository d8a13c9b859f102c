package io.roster.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies an RFC 7523 client assertion with Nimbus against the federated credentials whose issuer
 * and subject it claims: an RS256 or ES256 signature by one of the issuer's keys, the configured
 * {@code iss}, {@code sub} and {@code aud}, {@code exp} / {@code nbf} / {@code iat} within {@link
 * #SKEW}, and a {@code jti} never seen before. An assertion may live at most {@link #MAX_LIFETIME},
 * which bounds how long its {@code jti} is remembered.
 */
@ApplicationScoped
public class ClientAssertions {
  static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration SKEW = Duration.ofSeconds(60);
  static final Duration MAX_LIFETIME = Duration.ofHours(24);

  /** The longest {@code jti} the replay store holds (its column). */
  static final int MAX_JTI = 200;

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JwksSources keys;
  @Inject JtiStore jtis;

  /**
   * The active credential the assertion proves, of the given client when {@code clientId} is not
   * null.
   *
   * @throws OAuthError invalid_client when no credential accepts it, or on a replay
   */
  FederatedCredential verify(UUID clientId, String assertion) {
    JWTClaimsSet claimed = unverifiedClaims(assertion);
    for (FederatedCredential credential : candidates(claimed, clientId)) {
      try {
        JWTClaimsSet claims = processor(credential).process(assertion, null);
        if (!jtis.firstUse(
            claims.getIssuer(),
            claims.getJWTID(),
            claims.getExpirationTime().toInstant().atOffset(ZoneOffset.UTC))) {
          throw OAuthError.invalidClient("client assertion replayed (jti seen before)");
        }
        return credential;
      } catch (ParseException | BadJOSEException | JOSEException e) {
        // Not this credential's: try the next one with the same issuer and subject.
      }
    }
    throw OAuthError.invalidClient(
        "client assertion not accepted by any federated credential (iss "
            + claimed.getIssuer()
            + ", sub "
            + claimed.getSubject()
            + ")");
  }

  private static JWTClaimsSet unverifiedClaims(String assertion) {
    try {
      JWTClaimsSet claims = SignedJWT.parse(assertion).getJWTClaimsSet();
      if (claims.getIssuer() == null || claims.getSubject() == null) {
        throw OAuthError.invalidClient("client assertion without iss or sub");
      }
      return claims;
    } catch (ParseException e) {
      throw OAuthError.invalidClient("client assertion is not a signed JWT");
    }
  }

  private List<FederatedCredential> candidates(JWTClaimsSet claimed, UUID clientId) {
    TypedQuery<FederatedCredential> query =
        em.createQuery(
                "SELECT f FROM FederatedCredential f WHERE f.issuer = :iss AND f.subject = :sub"
                    + " AND f.revokedAt IS NULL"
                    + (clientId == null ? "" : " AND f.clientId = :client"),
                FederatedCredential.class)
            .setParameter("iss", claimed.getIssuer())
            .setParameter("sub", claimed.getSubject());
    return (clientId == null ? query : query.setParameter("client", clientId)).getResultList();
  }

  private DefaultJWTProcessor<SecurityContext> processor(FederatedCredential credential) {
    FederationTrust trust = credential.trust();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALGORITHMS, keys.of(credential.id(), trust)));
    processor.setJWTClaimsSetVerifier(new ClaimsVerifier(trust));
    return processor;
  }

  /** Nimbus's checks of iss, sub, aud, exp, nbf and jti, plus iat and the lifetime bound. */
  static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
    ClaimsVerifier(FederationTrust trust) {
      super(
          new HashSet<>(Set.of(trust.audience())), // Nimbus asks the set whether it holds null
          new JWTClaimsSet.Builder().issuer(trust.issuer()).subject(trust.subject()).build(),
          new HashSet<>(Set.of("exp", "jti")),
          new HashSet<>());
      setMaxClockSkew((int) SKEW.toSeconds());
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      super.verify(claims, context);
      Instant now = Instant.now();
      Date issuedAt = claims.getIssueTime();
      if (issuedAt != null && issuedAt.toInstant().isAfter(now.plus(SKEW))) {
        throw new BadJWTException("iat in the future");
      }
      if (claims.getExpirationTime().toInstant().isAfter(now.plus(MAX_LIFETIME))) {
        throw new BadJWTException("exp too far ahead");
      }
      if (claims.getJWTID().length() > MAX_JTI) {
        throw new BadJWTException("jti longer than the replay store keeps");
      }
    }
  }
}
