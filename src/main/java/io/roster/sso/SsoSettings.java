package io.roster.sso;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

/**
 * The switches every SSO protocol shares, kept in the {@code setting} table and read on every call,
 * so a change applies on every node at the next request: {@code sso.enabled} (people may sign in
 * through an identity provider); "Require SSO" belongs to {@code admin.AdminAccounts}, whose rule
 * it is that a break-glass account remains, and the default access to {@code role.DefaultAccess}.
 */
@ApplicationScoped
public class SsoSettings {
  public static final String ENABLED = "sso.enabled";
  static final String NAME = "sso.name";
  static final String DEFAULT_NAME = "your identity provider";

  @Inject SettingsService settings;
  @Inject Event<ResourceChanged> changes;

  public boolean enabled() {
    return flag(ENABLED);
  }

  /** The identity provider's name, as the sign-in page's "Sign in with …" says it. */
  public String name() {
    return settings.get(NAME).filter(n -> !n.isBlank()).orElse(DEFAULT_NAME);
  }

  @Transactional
  public void setName(String name) {
    String value = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    if (value.equals(name())) {
      return;
    }
    settings.put(NAME, value);
    changes.fire(
        new ResourceChanged(
            Action.SSO_SETTINGS_CHANGED, "Setting", NAME, "Identity provider name", value));
  }

  /** Turns SSO sign-in on or off, audited; applies at the next sign-in on every node. */
  @Transactional
  public void setEnabled(boolean enabled) {
    if (enabled == enabled()) {
      return;
    }
    settings.put(ENABLED, Boolean.toString(enabled));
    changes.fire(
        new ResourceChanged(
            Action.SSO_SETTINGS_CHANGED, "Setting", ENABLED, "Enable SSO", "enabled=" + enabled));
  }

  /** The plain page an SSO endpoint answers while SSO is off (SAML's too). */
  public Response off(HttpServletRequest request) {
    return SsoPages.problem(
        request.getContextPath(),
        Response.Status.NOT_FOUND,
        "Single sign-on is turned off. Sign in with your Roster admin account, or ask an admin to"
            + " turn SSO on.");
  }

  /** The plain page when the identity provider cannot be used now; {@code why} says why. */
  public Response unavailable(HttpServletRequest request, String why) {
    return SsoPages.problem(request.getContextPath(), Response.Status.SERVICE_UNAVAILABLE, why);
  }

  private boolean flag(String name) {
    return settings.get(name).map(Boolean::parseBoolean).orElse(false);
  }
}
