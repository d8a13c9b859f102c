package io.roster.oauth;

import com.nimbusds.jose.jwk.JWKSet;
import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds, lists and revokes a client's federated credentials. A JWKS URL must be HTTPS (plain HTTP
 * only on the loopback host, for tests): the keys it serves decide who may provision.
 */
@ApplicationScoped
public class FederatedCredentials {
  static final int MAX_URL = 2000;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject Event<ResourceChanged> changes;

  /**
   * Empty when there is no such client.
   *
   * @throws IllegalArgumentException when the trust is incomplete or its keys unusable
   */
  @Transactional
  public Optional<CredentialView> add(UUID clientId, FederationTrust trust) {
    OAuthClient client = em.find(OAuthClient.class, clientId);
    if (client == null) {
      return Optional.empty();
    }
    FederatedCredential credential = new FederatedCredential(clientId, checked(trust));
    em.persist(credential);
    FederationTrust t = credential.trust();
    changes.fire(
        OAuthClients.event(
            Action.OAUTH_CREDENTIAL_ADDED,
            client,
            "credential "
                + credential.id()
                + " ("
                + t.name()
                + "): iss "
                + t.issuer()
                + ", sub "
                + t.subject()
                + ", aud "
                + t.audience()));
    return Optional.of(CredentialView.of(credential));
  }

  @Transactional
  public List<CredentialView> list(UUID clientId) {
    return em.createQuery(
            "SELECT f FROM FederatedCredential f WHERE f.clientId = :client"
                + " AND f.revokedAt IS NULL ORDER BY f.createdAt DESC",
            FederatedCredential.class)
        .setParameter("client", clientId)
        .getResultStream()
        .map(CredentialView::of)
        .toList();
  }

  /** False when the client has no such active credential. */
  @Transactional
  public boolean revoke(UUID clientId, UUID credentialId) {
    FederatedCredential credential = em.find(FederatedCredential.class, credentialId);
    if (credential == null || !credential.clientId.equals(clientId) || credential.revoked()) {
      return false;
    }
    credential.revoke();
    changes.fire(
        OAuthClients.event(
            Action.OAUTH_CREDENTIAL_REVOKED,
            em.find(OAuthClient.class, clientId),
            "credential " + credentialId));
    return true;
  }

  static FederationTrust checked(FederationTrust trust) {
    if (trust == null) {
      throw new IllegalArgumentException("name, issuer, subject, audience and keys are required");
    }
    String url = blankToNull(trust.jwksUrl());
    String jwks = blankToNull(trust.jwks());
    if ((url == null) == (jwks == null)) {
      throw new IllegalArgumentException("give either jwksUrl or jwks");
    }
    return new FederationTrust(
        OAuthInput.name(trust.name()),
        OAuthInput.required("issuer", trust.issuer()),
        OAuthInput.required("subject", trust.subject()),
        OAuthInput.required("audience", trust.audience()),
        url == null ? null : jwksUrl(url),
        jwks == null ? null : publicKeys(jwks));
  }

  private static String jwksUrl(String url) {
    if (url.length() > MAX_URL) {
      throw new IllegalArgumentException("jwksUrl is longer than " + MAX_URL + " characters");
    }
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("jwksUrl is not a URL");
    }
    boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
    if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
      throw new IllegalArgumentException("jwksUrl must be an https URL");
    }
    return uri.toString();
  }

  /** The pasted JWKS with public keys only, so a pasted private key is never stored. */
  private static String publicKeys(String jwks) {
    try {
      JWKSet keys = JWKSet.parse(jwks).toPublicJWKSet();
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("jwks holds no public key");
      }
      return keys.toString();
    } catch (ParseException e) {
      throw new IllegalArgumentException("jwks is not a JSON Web Key Set");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
