package io.roster.security;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.Setting;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;

/**
 * The "SCIM enabled" switch, off on a new install. Read from PostgreSQL on every SCIM request, so
 * turning it off takes effect on the next request on every node.
 */
@ApplicationScoped
public class ScimAccess {
  static final String SETTING = "scim.enabled";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SettingsService settings;
  @Inject ScimTokens tokens;
  @Inject Event<ResourceChanged> changes;

  /**
   * What a SCIM request may do: whose token it carries and whether SCIM is on.
   *
   * @param token empty when the header holds no valid, unrevoked, unexpired SCIM token
   * @param enabled told only with a valid token: other callers learn nothing of the switch
   */
  public record Check(boolean enabled, Optional<TokenIdentity> token) {}

  /**
   * One statement, the token's row with the switch, and no transaction: this runs before every SCIM
   * request. The join reads (never writes) the settings feature's {@code setting} row: a look-up
   * through {@link SettingsService} would add a statement to every SCIM request.
   */
  @Transactional(TxType.SUPPORTS)
  public Check check(String authorizationHeader) {
    Optional<String> secret = BearerToken.from(authorizationHeader);
    if (secret.isEmpty()) {
      return new Check(false, Optional.empty());
    }
    String hash = TokenSecrets.hash(secret.get());
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
    return new Check(enabled, tokens.accept((ScimToken) rows.get(0)[0], hash, TokenScope.SCIM));
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
