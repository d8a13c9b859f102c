package io.roster.console.settings;

import io.roster.console.Messages;
import io.roster.oauth.ClientView;
import io.roster.oauth.OAuthClients;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * {@code console/settings/oauth.xhtml}: the OAuth clients of the SCIM endpoint and the token
 * endpoint to give Entra. The same service as {@code /api/admin/oauth/clients}; a new client's
 * first secret is only in this one response.
 */
@Named("oauthBacking")
@RequestScoped
public class OAuthBacking {
  @Inject OAuthClients clients;

  private String name = "Microsoft Entra";
  private int accessTokenMinutes = OAuthClients.DEFAULT_TOKEN_MINUTES;
  private int secretDays = OAuthClients.DEFAULT_SECRET_DAYS;
  private OAuthClients.CreatedClient created;
  private List<ClientView> list;

  public void create() {
    try {
      created = clients.create(name, accessTokenMinutes, secretDays);
      list = null;
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** {@code https://host/oauth/token}, as the browser reached Roster. */
  public String getTokenEndpoint() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath()
        + "/oauth/token";
  }

  public List<ClientView> getClients() {
    if (list == null) {
      list = clients.list();
    }
    return list;
  }

  public OAuthClients.CreatedClient getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getAccessTokenMinutes() {
    return accessTokenMinutes;
  }

  public void setAccessTokenMinutes(int accessTokenMinutes) {
    this.accessTokenMinutes = accessTokenMinutes;
  }

  public int getSecretDays() {
    return secretDays;
  }

  public void setSecretDays(int secretDays) {
    this.secretDays = secretDays;
  }
}
