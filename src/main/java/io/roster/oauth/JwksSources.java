package io.roster.oauth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verification keys of each federated credential. A JWKS URL is fetched by Nimbus's {@link
 * JWKSourceBuilder}: cached for five minutes, fetched again at once when an assertion names a
 * {@code kid} the cache lacks (an issuer's key rotation); at most two fetches per 30 seconds, so
 * that one is left for a rotation and made-up {@code kid}s cannot turn Roster against the issuer.
 * Per node; one entry per credential ever used on this node.
 *
 * <p>What the cache may get wrong, and for how long: a key the issuer withdraws stays trusted by a
 * node for at most five minutes (the issuer's own rotation guidance keeps old keys published longer
 * than that). Nothing else is cached: whether the credential, its client and the SCIM switch are
 * still active is read from PostgreSQL on every token request, so a revocation on any node applies
 * at once on all; a credential is never edited (only added or revoked), so its id always names the
 * same issuer and JWKS.
 */
@ApplicationScoped
public class JwksSources {
  static final int TIMEOUT_MILLIS = 3000;
  static final int SIZE_LIMIT = 256 * 1024;

  private final Map<UUID, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

  JWKSource<SecurityContext> of(UUID credentialId, FederationTrust trust) {
    return sources.computeIfAbsent(credentialId, id -> create(trust));
  }

  private static JWKSource<SecurityContext> create(FederationTrust trust) {
    if (trust.jwks() != null) {
      try {
        return new ImmutableJWKSet<>(JWKSet.parse(trust.jwks()));
      } catch (ParseException e) {
        throw new IllegalStateException("A stored JWKS is checked when it is added", e);
      }
    }
    try {
      return JWKSourceBuilder.create(
              URI.create(trust.jwksUrl()).toURL(),
              new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT))
          .retrying(false)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("A stored JWKS URL is checked when it is added", e);
    }
  }
}
