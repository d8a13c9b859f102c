package io.roster.security;

import io.roster.audit.Actor;
import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.Setting;
import io.roster.settings.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "SCIM enabled" switch, off on a new install, and the check of a SCIM request's token. Both
 * are read from PostgreSQL in one statement, unless this node's {@link TokenCache} holds the token:
 * a change of either is notified to every node on commit, so it takes effect within a second.
 */
@ApplicationScoped
public class ScimAccess {
  /** The switch's name in the {@code setting} table. */
  public static final String SETTING = "scim.enabled";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SettingsService settings;
  @Inject ScimTokens tokens;
  @Inject Event<ResourceChanged> changes;
  @Inject Instance<OtherTokens> otherTokenKinds;
  @Inject TokenCache cache;

  private List<OtherTokens> otherTokens;

  /** Who a SCIM request acts as, and the key its rate budget is counted under. */
  public record Caller(UUID budgetKey, Actor actor) {}

  /**
   * What a SCIM request may do: who calls and whether SCIM is on.
   *
   * @param caller empty when the header holds no valid, unrevoked, unexpired token
   * @param enabled told only with a valid token: other callers learn nothing of the switch
   */
  public record Check(boolean enabled, Optional<Caller> caller) {}

  /**
   * Bearer tokens that another feature issues for {@code /scim} (OAuth access tokens), told apart
   * by their prefix, so an {@code rst_} token costs no extra look-up.
   */
  public interface OtherTokens {
    /** Whether the bearer value is of this kind: a prefix test, no I/O. */
    boolean recognises(String bearer);

    /** The check of a token of this kind, reading the switch {@link #SETTING} as well. */
    Check check(String bearer);
  }

  @PostConstruct
  void findOtherTokens() {
    otherTokens = otherTokenKinds.stream().toList();
  }

  /**
   * No statement when the cache holds the token, else one, the token's row with the switch, and no
   * transaction: this runs before every SCIM request, so it carries no {@code @Transactional} and
   * no interceptor runs on it. The join reads (never writes) the settings feature's {@code setting}
   * row: a look-up through {@link SettingsService} would add a statement to every SCIM request.
   */
  public Check check(String authorizationHeader) {
    Optional<String> secret = BearerToken.from(authorizationHeader);
    if (secret.isEmpty()) {
      return new Check(false, Optional.empty());
    }
    for (OtherTokens kind : otherTokens) {
      if (kind.recognises(secret.get())) {
        return kind.check(secret.get());
      }
    }
    String hash = TokenSecrets.hash(secret.get());
    Optional<TokenCache.Entry> cached = cache.find(hash);
    if (cached.isPresent()) {
      return check(cached.get());
    }
    long generation = cache.generation(); // before the read, so a change during it is noticed
    List<Object[]> rows =
        em.createQuery(
                "SELECT t, s FROM ScimToken t LEFT JOIN Setting s ON s.name = :setting"
                    + " WHERE t.tokenHash = :hash",
                Object[].class)
            .setParameter("setting", SETTING)
            .setParameter("hash", hash)
            .getResultList();
    if (rows.isEmpty()) {
      return new Check(false, Optional.empty());
    }
    boolean enabled =
        rows.get(0)[1] instanceof Setting setting && Boolean.parseBoolean(setting.value());
    ScimToken token = (ScimToken) rows.get(0)[0];
    Optional<Caller> caller =
        tokens
            .accept(token, hash, TokenScope.SCIM)
            .map(t -> new Caller(t.id(), Actor.token(t.id().toString(), t.name())));
    if (caller.isPresent()) {
      OffsetDateTime now = OffsetDateTime.now();
      OffsetDateTime lastUse =
          ScimTokens.usedRecently(token.lastUsedAt, now) ? token.lastUsedAt : now;
      cache.remember(
          hash, new TokenCache.Entry(generation, caller.get(), token.expiresAt, enabled, lastUse));
    }
    return new Check(enabled, caller);
  }

  /** A cached token: refused once expired, its use noted at most once a minute, as uncached. */
  private Check check(TokenCache.Entry entry) {
    OffsetDateTime now = OffsetDateTime.now();
    if (!entry.activeAt(now)) {
      return new Check(false, Optional.empty());
    }
    entry.lastUsedAt = tokens.noteUse(entry.caller.budgetKey(), entry.lastUsedAt, now);
    return new Check(entry.enabled, Optional.of(entry.caller));
  }

  @Transactional(TxType.SUPPORTS)
  public boolean enabled() {
    return settings.get(SETTING).map(Boolean::parseBoolean).orElse(false);
  }

  @Transactional
  public void setEnabled(boolean enabled) {
    if (enabled == enabled()) {
      return;
    }
    settings.put(SETTING, Boolean.toString(enabled));
    Action action = enabled ? Action.SCIM_ENABLED : Action.SCIM_DISABLED;
    changes.fire(
        new ResourceChanged(action, "Setting", SETTING, "SCIM provisioning", "enabled=" + enabled));
  }
}
