package io.roster.console.settings;

import io.roster.settings.SettingsService;
import io.roster.sso.SsoSettings;
import io.roster.sso.oidc.OidcSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page's "Sign in with …" entries: shown while SSO is on, one per protocol that is set
 * up (OpenID Connect: {@code /sso/oidc/login}; SAML: {@code /sso/saml/login}). Here, beside the
 * settings pages, because it reads both protocols' settings.
 */
@Named
@RequestScoped
public class SsoLoginOptions {
  /** SAML's IdP sign-in URL (i12b's {@code sso.saml.*} settings): set when SAML can start. */
  static final String SAML_SSO_URL = "sso.saml.idp.sso-url";

  @Inject SsoSettings sso;
  @Inject OidcSettings oidc;
  @Inject SettingsService settings;

  public String getName() {
    return sso.name();
  }

  public boolean isOidc() {
    return sso.enabled() && oidc.get().complete();
  }

  /** Where "Sign in with …" leads for {@code protocol}, coming back to {@code next} after. */
  public String link(String protocol, String next) {
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return contextPath
        + "/sso/"
        + protocol
        + "/login"
        + (next == null || next.isBlank()
            ? ""
            : "?returnTo=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  public boolean isSaml() {
    return sso.enabled() && settings.get(SAML_SSO_URL).filter(u -> !u.isBlank()).isPresent();
  }
}
