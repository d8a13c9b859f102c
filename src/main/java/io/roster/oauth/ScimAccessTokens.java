package io.roster.oauth;

import io.roster.audit.Actor;
import io.roster.security.ScimAccess;
import io.roster.security.TokenSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts OAuth access tokens on {@code /scim}, like {@code rst_} tokens: one statement per request
 * finds the token by its hash's primary key, joined with its client, its secret or credential and
 * the SCIM switch, so a disabled client, a revoked secret or credential, or an expired token is
 * refused on the next request on every node. The audit actor is the OAuth client.
 */
@ApplicationScoped
public class ScimAccessTokens implements ScimAccess.OtherTokens {
  static final String ACTOR_TYPE = "oauth-client";

  private static final String CHECK =
      "SELECT t.token_hash, c.id, c.name, s.value"
          + " FROM oauth_access_token t JOIN oauth_client c ON c.id = t.client_id"
          + " LEFT JOIN oauth_secret cs ON cs.id = t.secret_id"
          + " LEFT JOIN oauth_federated_credential f ON f.id = t.credential_id"
          + " LEFT JOIN setting s ON s.name = ?2"
          + " WHERE t.token_hash = ?1 AND t.expires_at > now() AND c.disabled_at IS NULL"
          + " AND cs.revoked_at IS NULL AND f.revoked_at IS NULL";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Override
  public boolean recognises(String bearer) {
    return bearer.startsWith(OAuthSecrets.ACCESS_TOKEN_PREFIX);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public ScimAccess.Check check(String bearer) {
    String hash = TokenSecrets.hash(bearer);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CHECK)
            .setParameter(1, hash)
            .setParameter(2, ScimAccess.SETTING)
            .getResultList();
    if (rows.isEmpty() || !TokenSecrets.sameHash(((String) rows.get(0)[0]).trim(), hash)) {
      return new ScimAccess.Check(false, Optional.empty());
    }
    Object[] row = rows.get(0);
    UUID clientId = (UUID) row[1];
    Actor actor = new Actor(ACTOR_TYPE, clientId.toString(), (String) row[2]);
    return new ScimAccess.Check(
        Boolean.parseBoolean((String) row[3]), Optional.of(new ScimAccess.Caller(clientId, actor)));
  }
}
