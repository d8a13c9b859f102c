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
   * What a SCIM request may do: whether SCIM is on and whose token it carries.
   *
   * @param token empty when the header holds no valid, unrevoked, unexpired token
   */
  public record Check(boolean enabled, Optional<TokenIdentity> token) {}

  /**
   * One statement in the common case, the token's row with the switch, and no transaction: this
   * runs before every SCIM request. The switch is read on its own only when no token row matches.
   * The join reads (never writes) the settings feature's {@code setting} row: a look-up through
   * {@link SettingsService} would add a statement to every SCIM request.
   */
  @Transactional(TxType.SUPPORTS)
  public Check check(String authorizationHeader) {
    Optional<String> secret = BearerToken.from(authorizationHeader);
    if (secret.isEmpty()) {
      return new Check(enabled(), Optional.empty());
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
      return new Check(enabled(), Optional.empty());
    }
    if (!(rows.get(0)[1] instanceof Setting setting) || !Boolean.parseBoolean(setting.value())) {
      return new Check(false, Optional.empty());
    }
    Optional<TokenIdentity> token =
        tokens.accept((ScimToken) rows.get(0)[0], hash).filter(t -> t.scope() == TokenScope.SCIM);
    return new Check(true, token);
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
