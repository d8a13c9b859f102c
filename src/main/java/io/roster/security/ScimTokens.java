package io.roster.security;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Creates, lists, revokes and checks SCIM tokens. A check reads PostgreSQL unless {@link
 * TokenCache} may answer it (whose triggers notify every node of a revocation on commit), so a
 * revocation or expiry takes effect on every node within a second.
 */
@ApplicationScoped
public class ScimTokens {
  /** Last-used times are this coarse, so a busy token costs one UPDATE a minute, not per call. */
  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  /** The optional maximum lifetime of a new token, in days. */
  static final String MAX_DAYS = "roster.tokens.max-days";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject Event<ResourceChanged> changes;
  @Inject TokenLastUse lastUse;

  @Transactional
  public IssuedToken create(String name, Integer expiresInDays) {
    return create(name, expiresInDays, TokenScope.SCIM);
  }

  /**
   * A token asked for without expiry, or for longer than {@value #MAX_DAYS} (when set), expires
   * after that many days: the answer's expiry says so. Read per call, so a change applies at once.
   */
  @Transactional
  public IssuedToken create(String name, Integer expiresInDays, TokenScope scope) {
    String secret = TokenSecrets.generate();
    Integer days =
        ConfigProvider.getConfig()
            .getOptionalValue(MAX_DAYS, Integer.class)
            .filter(max -> expiresInDays == null || expiresInDays > max)
            .orElse(expiresInDays);
    OffsetDateTime expiresAt = days == null ? null : OffsetDateTime.now().plusDays(days);
    ScimToken token = new ScimToken(name, scope, TokenSecrets.hash(secret), expiresAt);
    em.persist(token);
    String summary =
        "scope " + scope.wire() + ", " + (expiresAt == null ? "no expiry" : "expires " + expiresAt);
    changes.fire(event(Action.SCIM_TOKEN_CREATED, token, summary));
    return new IssuedToken(token.summary(), secret);
  }

  /** Tokens not revoked, newest first; expired ones too, so an admin sees why one stopped. */
  @Transactional
  public List<TokenSummary> list() {
    return em.createQuery(
            "SELECT t FROM ScimToken t WHERE t.revokedAt IS NULL ORDER BY t.createdAt DESC",
            ScimToken.class)
        .getResultStream()
        .map(ScimToken::summary)
        .toList();
  }

  /** False when there is no such token or it was already revoked. */
  @Transactional
  public boolean revoke(UUID id) {
    ScimToken token = em.find(ScimToken.class, id);
    if (token == null || token.revoked()) {
      return false;
    }
    token.revoke(OffsetDateTime.now());
    changes.fire(event(Action.SCIM_TOKEN_REVOKED, token, null));
    return true;
  }

  /**
   * The active token of this scope that an {@code Authorization: Bearer ...} header presents; a
   * token of another scope is refused like an unknown one. A read needs no transaction (under READ
   * COMMITTED one would not give it a snapshot either); the rare last-used write takes its own.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<TokenIdentity> authenticateHeader(String authorization, TokenScope scope) {
    return BearerToken.from(authorization).flatMap(secret -> authenticate(secret, scope));
  }

  /**
   * The token of this scope a presented secret belongs to, if it is active; notes its use once a
   * minute.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<TokenIdentity> authenticate(String secret, TokenScope scope) {
    String hash = TokenSecrets.hash(secret);
    return em.createQuery("SELECT t FROM ScimToken t WHERE t.tokenHash = :hash", ScimToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst()
        .flatMap(token -> accept(token, hash, scope));
  }

  /**
   * The identity of a token row found by {@code hash}, if it is active and of this scope; only then
   * is its use noted (a token tried on the wrong endpoint was not used). The hashes are compared
   * again in constant time, so no timing tells how much of a guessed hash the index matched.
   */
  Optional<TokenIdentity> accept(ScimToken token, String hash, TokenScope scope) {
    OffsetDateTime now = OffsetDateTime.now();
    if (!TokenSecrets.sameHash(token.tokenHash, hash)
        || !token.activeAt(now)
        || token.scope() != scope) {
      return Optional.empty();
    }
    noteUse(token.id, token.lastUsedAt, now);
    return Optional.of(new TokenIdentity(token.id, token.name, token.scope()));
  }

  /**
   * Writes a use of token {@code id} unless {@code lastUsedAt} is recent; returns the last use as
   * known once this one is noted.
   */
  OffsetDateTime noteUse(UUID id, OffsetDateTime lastUsedAt, OffsetDateTime now) {
    if (usedRecently(lastUsedAt, now)) {
      return lastUsedAt;
    }
    lastUse.note(id, now, LAST_USED_RESOLUTION);
    return now;
  }

  /** Whether a use at {@code lastUsedAt} is recent enough that another need not be written. */
  static boolean usedRecently(OffsetDateTime lastUsedAt, OffsetDateTime now) {
    return lastUsedAt != null && !lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION));
  }

  private static ResourceChanged event(Action action, ScimToken token, String summary) {
    return new ResourceChanged(action, "Token", token.id.toString(), token.name, summary);
  }
}
