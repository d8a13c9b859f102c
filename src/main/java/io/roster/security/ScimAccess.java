package io.roster.security;

import io.roster.events.ResourceChanged;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The "SCIM enabled" switch, off on a new install. Read from PostgreSQL on every SCIM request, so
 * turning it off takes effect on the next request on every node.
 */
@ApplicationScoped
public class ScimAccess {
  static final String SETTING = "scim.enabled";

  @Inject SettingsService settings;
  @Inject ScimTokens tokens;
  @Inject Event<ResourceChanged> changes;

  /**
   * What a SCIM request may do: whether SCIM is on and whose token it carries. One transaction, so
   * the per-request checks cost one connection checkout.
   *
   * @param token empty when the header holds no valid, unrevoked, unexpired token
   */
  public record Check(boolean enabled, Optional<TokenIdentity> token) {}

  @Transactional
  public Check check(String authorizationHeader) {
    if (!enabled()) {
      return new Check(false, Optional.empty());
    }
    return new Check(true, tokens.authenticateHeader(authorizationHeader, TokenScope.SCIM));
  }

  public boolean enabled() {
    return settings.get(SETTING).map(Boolean::parseBoolean).orElse(false);
  }

  @Transactional
  public void setEnabled(boolean enabled) {
    if (enabled == enabled()) {
      return;
    }
    settings.put(SETTING, Boolean.toString(enabled));
    String action = enabled ? "scim.enabled" : "scim.disabled";
    changes.fire(
        new ResourceChanged(action, "Setting", SETTING, "SCIM provisioning", "enabled=" + enabled));
  }
}
