package io.roster.oauth;

import io.roster.security.TokenSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Authenticates a client at the token endpoint by one of its secrets or by a client assertion of
 * one of its federated credentials, and notes the secret's or credential's last use. Every failure
 * is the same {@code invalid_client} to the caller; the reason goes to the audit log only.
 */
@ApplicationScoped
public class ClientAuthenticator {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject ClientAssertions assertions;

  /** The secret is looked up by its hash's unique index, then compared in constant time. */
  @Transactional
  AuthenticatedClient bySecret(UUID clientId, String secret, String method) {
    String hash = TokenSecrets.hash(secret);
    ClientSecret stored =
        em.createQuery(
                "SELECT s FROM ClientSecret s WHERE s.secretHash = :hash", ClientSecret.class)
            .setParameter("hash", hash)
            .getResultStream()
            .findFirst()
            .filter(s -> TokenSecrets.sameHash(s.secretHash, hash) && s.clientId.equals(clientId))
            .orElseThrow(() -> OAuthError.invalidClient("unknown client or secret"));
    OffsetDateTime now = OffsetDateTime.now();
    if (!stored.activeAt(now)) {
      throw OAuthError.invalidClient(
          (stored.revoked() ? "revoked" : "expired") + " secret " + stored.id());
    }
    stored.used(now);
    return new AuthenticatedClient(enabledClient(clientId), stored.id(), null, method);
  }

  @Transactional
  AuthenticatedClient byAssertion(UUID clientId, String assertion) {
    FederatedCredential credential = assertions.verify(clientId, assertion);
    credential.used(OffsetDateTime.now());
    return new AuthenticatedClient(
        enabledClient(credential.clientId()), null, credential.id(), "private_key_jwt");
  }

  private OAuthClient enabledClient(UUID clientId) {
    OAuthClient client = em.find(OAuthClient.class, clientId);
    if (client == null || !client.enabled()) {
      throw OAuthError.invalidClient("client " + clientId + " is disabled");
    }
    return client;
  }
}
