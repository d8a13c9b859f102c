package io.roster.oauth;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.security.TokenSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Issues access tokens: opaque, 256 random bits, stored as SHA-256 with a link to the secret or
 * credential that obtained them, audited. Opaque rather than JWTs because every SCIM request must
 * read PostgreSQL anyway for revocation to reach every node at once, and one indexed look-up by
 * hash is then all a check costs. Expired rows are deleted as new tokens are issued.
 */
@ApplicationScoped
public class AccessTokens {
  /** The one scope: the SCIM endpoint, which is also the tokens' only audience. */
  public static final String SCOPE = "scim";

  /** Expired tokens are kept this long, so a late request still finds (and refuses) its row. */
  static final Duration KEEP_EXPIRED = Duration.ofHours(1);

  /** Plain SQL: EclipseLink binds a null UUID as text, which PostgreSQL refuses for uuid. */
  private static final String INSERT =
      "INSERT INTO oauth_access_token"
          + " (token_hash, client_id, secret_id, credential_id, created_at, expires_at)"
          + " VALUES (?1, CAST(?2 AS uuid), CAST(?3 AS uuid), CAST(?4 AS uuid), now(), ?5)";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject Event<ResourceChanged> changes;

  @Transactional
  IssuedAccessToken issue(AuthenticatedClient authenticated) {
    OAuthClient client = authenticated.client();
    em.createNativeQuery("DELETE FROM oauth_access_token WHERE expires_at < ?1")
        .setParameter(1, OffsetDateTime.now().minus(KEEP_EXPIRED))
        .executeUpdate();
    String value = OAuthSecrets.generate(OAuthSecrets.ACCESS_TOKEN_PREFIX);
    Duration lifetime = Duration.ofMinutes(client.accessTokenMinutes());
    OffsetDateTime expiresAt = OffsetDateTime.now().plus(lifetime);
    em.createNativeQuery(INSERT)
        .setParameter(1, TokenSecrets.hash(value))
        .setParameter(2, client.id().toString())
        .setParameter(3, text(authenticated.secretId()))
        .setParameter(4, text(authenticated.credentialId()))
        .setParameter(5, expiresAt)
        .executeUpdate();
    String source =
        authenticated.secretId() != null
            ? "secret " + authenticated.secretId()
            : "federated credential " + authenticated.credentialId();
    changes.fire(
        OAuthClients.event(
            Action.OAUTH_TOKEN_ISSUED,
            client,
            "by " + authenticated.method() + " with " + source + ", expires " + expiresAt));
    return new IssuedAccessToken(value, lifetime.toSeconds(), SCOPE);
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
