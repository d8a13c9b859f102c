package io.roster.console.settings;

import io.roster.admin.ScimEndpoint;
import io.roster.console.Messages;
import io.roster.console.RequestParameters;
import io.roster.security.IssuedToken;
import io.roster.security.ScimAccess;
import io.roster.security.ScimTokens;
import io.roster.security.TokenSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code console/settings/sso.xhtml}: the "Enable SCIM" switch, the endpoint, and the tokens. The
 * same services as {@code /api/admin/scim}; a new token's secret is only in this one response.
 */
@Named
@RequestScoped
public class SsoBacking {
  @Inject ScimAccess access;
  @Inject ScimEndpoint endpoint;
  @Inject ScimTokens tokens;

  private boolean enabled;
  private String tokenName = "Okta";
  private int expiresInDays = 365;
  private IssuedToken issued;
  private List<TokenSummary> list;

  @PostConstruct
  void load() {
    enabled = access.enabled();
  }

  public void toggle() {
    access.setEnabled(enabled);
    Messages.info(enabled ? "SCIM provisioning is on." : "SCIM provisioning is off.");
  }

  public void generate() {
    issued = tokens.create(tokenName.strip(), expiresInDays == 0 ? null : expiresInDays);
    list = null;
  }

  /** The token id travels as a request parameter rendered with the row, never by row index. */
  public void revoke() {
    String id = RequestParameters.get("tokenId");
    TokenSummary token =
        getTokens().stream().filter(t -> t.id().toString().equals(id)).findFirst().orElse(null);
    if (token != null && tokens.revoke(UUID.fromString(id))) {
      Messages.info("Revoked “" + token.name() + "”: it stops working at once.");
    } else {
      Messages.error("That token was already revoked.");
    }
    list = null;
  }

  public String getEndpoint() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return endpoint.url(URI.create(request.getRequestURL().toString()));
  }

  public List<TokenSummary> getTokens() {
    if (list == null) {
      list = tokens.list();
    }
    return list;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public int getExpiresInDays() {
    return expiresInDays;
  }

  public void setExpiresInDays(int expiresInDays) {
    this.expiresInDays = expiresInDays;
  }

  public IssuedToken getIssued() {
    return issued;
  }
}
