package io.roster.sso;

import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The switches every SSO protocol shares, kept in the {@code setting} table and read on every call,
 * so a change applies on every node at the next request: {@code sso.enabled} (people may sign in
 * through an identity provider) and {@code sso.required} (password sign-in only for break-glass
 * admin accounts, enforced by {@code admin.AdminAuthenticator}).
 */
@ApplicationScoped
public class SsoSettings {
  public static final String ENABLED = "sso.enabled";
  public static final String REQUIRED = "sso.required";

  @Inject SettingsService settings;

  public boolean enabled() {
    return flag(ENABLED);
  }

  public boolean required() {
    return flag(REQUIRED);
  }

  private boolean flag(String name) {
    return settings.get(name).map(Boolean::parseBoolean).orElse(false);
  }
}
