package io.roster.console.settings;

import io.roster.admin.AdminAccounts;
import io.roster.admin.AdminChangeRefused;
import io.roster.console.Messages;
import io.roster.console.ShellBacking;
import io.roster.role.AccessAreas;
import io.roster.role.AccessLevel;
import io.roster.role.DefaultAccess;
import io.roster.sso.SecretBox;
import io.roster.sso.SsoSettings;
import io.roster.sso.oidc.OidcConfig;
import io.roster.sso.oidc.OidcFlow;
import io.roster.sso.oidc.OidcSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single sign-on part of {@code console/settings/sso.xhtml}: Enable SSO, Require SSO, the IdP's
 * name and the default access ({@code /api/admin/sso}'s services), and the OpenID Connect settings
 * ({@code /api/admin/sso/oidc}'s). The client secret is write-only: the field is always empty.
 */
@Named
@RequestScoped
public class SsoSignInBacking {
  @Inject SsoSettings sso;
  @Inject AdminAccounts accounts;
  @Inject DefaultAccess defaults;
  @Inject AccessAreas areas;
  @Inject OidcSettings oidc;
  @Inject OidcFlow flow;
  @Inject SecretBox secrets;
  @Inject ShellBacking shell;

  private boolean enabled;
  private boolean required;
  private String name;
  private final Map<String, String> defaultAccess = new LinkedHashMap<>();
  private String issuer;
  private String clientId;
  private String clientSecret;
  private String scopes;
  private String claim;
  private boolean secretSet;

  @PostConstruct
  void load() {
    enabled = sso.enabled();
    required = accounts.ssoRequired();
    name = sso.name();
    defaults.get().forEach((area, level) -> defaultAccess.put(area, level.wire()));
    OidcConfig config = oidc.get();
    issuer = config.issuer();
    clientId = config.clientId();
    scopes = config.scopes();
    claim = config.claim().claimName();
    secretSet = config.sealedSecret() != null;
  }

  public void toggleEnabled() {
    sso.setEnabled(enabled);
    Messages.info(enabled ? "Single sign-on is on." : "Single sign-on is off.");
  }

  public void toggleRequired() {
    try {
      accounts.requireSso(shell.actor(), required);
      Messages.info(
          required
              ? "Password sign-in is now for break-glass accounts only."
              : "Every admin account may sign in with its password again.");
    } catch (AdminChangeRefused e) {
      required = accounts.ssoRequired();
      Messages.error(e.getMessage() + ".");
    }
  }

  public void saveCommon() {
    try {
      defaults.set(defaultAccess);
      sso.setName(name);
      Messages.info("Saved.");
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  public void saveOidc() {
    try {
      oidc.save(new OidcSettings.OidcSettingsUpdate(issuer, clientId, clientSecret, scopes, claim));
      secretSet = oidc.get().sealedSecret() != null;
      Messages.info("OpenID Connect settings saved.");
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    } finally {
      clientSecret = null;
    }
  }

  public String getRedirectUri() {
    return flow.redirectUri(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public List<String> getAreas() {
    return areas.all();
  }

  public List<String> getLevels() {
    return Arrays.stream(AccessLevel.values()).map(AccessLevel::wire).toList();
  }

  public boolean isKeyConfigured() {
    return secrets.available();
  }

  public boolean isSecretSet() {
    return secretSet;
  }

  public Map<String, String> getDefaultAccess() {
    return defaultAccess;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return null;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    this.claim = claim;
  }
}
