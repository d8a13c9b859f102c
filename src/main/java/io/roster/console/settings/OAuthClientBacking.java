package io.roster.console.settings;

import io.roster.console.Messages;
import io.roster.console.RequestParameters;
import io.roster.oauth.ClientView;
import io.roster.oauth.CredentialView;
import io.roster.oauth.FederatedCredentials;
import io.roster.oauth.FederationTrust;
import io.roster.oauth.IssuedSecret;
import io.roster.oauth.OAuthClients;
import io.roster.oauth.SecretView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code console/settings/oauth-client.xhtml?id=}: one OAuth client's secrets and federated
 * credentials, its switch and its deletion. Rows travel by id as request parameters, never by
 * index; a new secret is only in this one response.
 */
@Named("oauthClientBacking")
@RequestScoped
public class OAuthClientBacking {
  @Inject OAuthClients clients;
  @Inject FederatedCredentials credentials;

  private String id;
  private ClientView client;
  private int secretDays = OAuthClients.DEFAULT_SECRET_DAYS;
  private IssuedSecret issued;
  private final Map<String, String> trust =
      new HashMap<>(Map.of("name", "Microsoft Entra", "audience", "api://AzureADTokenExchange"));

  public void load() throws IOException {
    client = clientId() == null ? null : clients.find(clientId()).orElse(null);
    if (client == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "No such OAuth client");
      context.responseComplete();
    }
  }

  public void toggle() {
    client = clients.setEnabled(clientId(), !getClient().enabled()).orElseThrow();
    Messages.info(client.enabled() ? "Client enabled." : "Client disabled: its tokens stop now.");
  }

  public String delete() {
    clients.delete(clientId());
    return "/console/settings/oauth.xhtml?faces-redirect=true";
  }

  public void addSecret() {
    issued = clients.addSecret(clientId(), secretDays).orElseThrow();
  }

  public void revokeSecret() {
    UUID secretId = uuid(RequestParameters.get("secretId"));
    if (secretId != null && clients.revokeSecret(clientId(), secretId)) {
      Messages.info("Secret revoked: tokens obtained with it stop now.");
    }
  }

  public void addCredential() {
    try {
      credentials.add(
          clientId(),
          new FederationTrust(
              trust.get("name"),
              trust.get("issuer"),
              trust.get("subject"),
              trust.get("audience"),
              trust.get("jwksUrl"),
              trust.get("jwks")));
      Messages.info("Federated credential added.");
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  public void revokeCredential() {
    UUID credentialId = uuid(RequestParameters.get("credentialId"));
    if (credentialId != null && credentials.revoke(clientId(), credentialId)) {
      Messages.info("Federated credential revoked: tokens obtained with it stop now.");
    }
  }

  /**
   * On a postback the view parameter is applied only after the page's {@code rendered} tests ran,
   * so every form also posts the id as a plain parameter.
   */
  private UUID clientId() {
    if (id == null) {
      id = RequestParameters.get("id");
    }
    return uuid(id);
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public ClientView getClient() {
    if (client == null && clientId() != null) {
      client = clients.find(clientId()).orElse(null);
    }
    return client;
  }

  public List<SecretView> getSecrets() {
    return clients.secrets(clientId());
  }

  public List<CredentialView> getCredentials() {
    return credentials.list(clientId());
  }

  /** The new credential's fields by name, as the form binds them. */
  public Map<String, String> getTrust() {
    return trust;
  }

  public IssuedSecret getIssued() {
    return issued;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getSecretDays() {
    return secretDays;
  }

  public void setSecretDays(int secretDays) {
    this.secretDays = secretDays;
  }
}
