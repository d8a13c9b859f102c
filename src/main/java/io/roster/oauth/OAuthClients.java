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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, lists, disables and deletes OAuth clients and manages their secrets. The limits are
 * Entra's gallery rules: secrets expire within one to three years, access tokens live one to six
 * hours. Every change is announced (and so audited) in its transaction.
 */
@ApplicationScoped
public class OAuthClients {
  public static final int DEFAULT_SECRET_DAYS = 730;
  public static final int MIN_SECRET_DAYS = 365;
  public static final int MAX_SECRET_DAYS = 1095;
  public static final int DEFAULT_TOKEN_MINUTES = 60;
  public static final int MIN_TOKEN_MINUTES = 60;
  public static final int MAX_TOKEN_MINUTES = 360;
  public static final int MAX_NAME = 100;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject Event<ResourceChanged> changes;

  /** A new client with its first secret. */
  public record CreatedClient(ClientView client, IssuedSecret secret) {}

  /**
   * @throws IllegalArgumentException when a value is out of its range (the message says which)
   */
  @Transactional
  public CreatedClient create(String name, Integer tokenMinutes, Integer secretDays) {
    String checkedName = OAuthInput.name(name);
    int minutes =
        OAuthInput.within(
            "accessTokenMinutes",
            tokenMinutes,
            DEFAULT_TOKEN_MINUTES,
            MIN_TOKEN_MINUTES,
            MAX_TOKEN_MINUTES);
    OAuthClient client = new OAuthClient(checkedName, minutes);
    em.persist(client);
    em.flush(); // no mapped relationship tells EclipseLink to insert the client before its secret
    changes.fire(
        event(Action.OAUTH_CLIENT_CREATED, client, "access tokens live " + minutes + " min"));
    return new CreatedClient(ClientView.of(client), newSecret(client, secretDays));
  }

  @Transactional
  public List<ClientView> list() {
    return em.createQuery(
            "SELECT c FROM OAuthClient c ORDER BY c.createdAt DESC", OAuthClient.class)
        .getResultStream()
        .map(ClientView::of)
        .toList();
  }

  @Transactional
  public Optional<ClientView> find(UUID id) {
    return entity(id).map(ClientView::of);
  }

  private Optional<OAuthClient> entity(UUID id) {
    return Optional.ofNullable(em.find(OAuthClient.class, id));
  }

  /** Disabling stops every access token of the client on the next request; empty if unknown. */
  @Transactional
  public Optional<ClientView> setEnabled(UUID id, boolean enabled) {
    Optional<OAuthClient> client = entity(id);
    client
        .filter(c -> c.enabled() != enabled)
        .ifPresent(
            c -> {
              c.setEnabled(enabled);
              Action action = enabled ? Action.OAUTH_CLIENT_ENABLED : Action.OAUTH_CLIENT_DISABLED;
              changes.fire(event(action, c, null));
            });
    return client.map(ClientView::of);
  }

  /** Deletes the client with its secrets, credentials and tokens; false if unknown. */
  @Transactional
  public boolean delete(UUID id) {
    Optional<OAuthClient> client = entity(id);
    client.ifPresent(
        c -> {
          em.remove(c);
          changes.fire(event(Action.OAUTH_CLIENT_DELETED, c, null));
        });
    return client.isPresent();
  }

  /** Empty when there is no such client. */
  @Transactional
  public Optional<IssuedSecret> addSecret(UUID clientId, Integer days) {
    return entity(clientId).map(client -> newSecret(client, days));
  }

  /** The client's secrets not revoked, newest first; expired ones too, so an admin sees why. */
  @Transactional
  public List<SecretView> secrets(UUID clientId) {
    return em.createQuery(
            "SELECT s FROM ClientSecret s WHERE s.clientId = :client AND s.revokedAt IS NULL"
                + " ORDER BY s.createdAt DESC",
            ClientSecret.class)
        .setParameter("client", clientId)
        .getResultStream()
        .map(SecretView::of)
        .toList();
  }

  /** False when the client has no such active secret. */
  @Transactional
  public boolean revokeSecret(UUID clientId, UUID secretId) {
    ClientSecret secret = em.find(ClientSecret.class, secretId);
    if (secret == null || !secret.clientId.equals(clientId) || secret.revoked()) {
      return false;
    }
    secret.revoke();
    OAuthClient client = em.find(OAuthClient.class, clientId);
    changes.fire(event(Action.OAUTH_SECRET_REVOKED, client, "secret " + secretId));
    return true;
  }

  private IssuedSecret newSecret(OAuthClient client, Integer days) {
    int validDays =
        OAuthInput.within(
            "expiresInDays", days, DEFAULT_SECRET_DAYS, MIN_SECRET_DAYS, MAX_SECRET_DAYS);
    String value = OAuthSecrets.generate(OAuthSecrets.SECRET_PREFIX);
    ClientSecret secret =
        new ClientSecret(
            client.id(), TokenSecrets.hash(value), OffsetDateTime.now().plusDays(validDays));
    em.persist(secret);
    changes.fire(
        event(
            Action.OAUTH_SECRET_ADDED,
            client,
            "secret " + secret.id() + ", expires " + secret.expiresAt()));
    return new IssuedSecret(SecretView.of(secret), value);
  }

  static ResourceChanged event(Action action, OAuthClient client, String summary) {
    return new ResourceChanged(
        action, "OAuthClient", client.id().toString(), client.name(), summary);
  }
}
