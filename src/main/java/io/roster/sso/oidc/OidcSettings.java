package io.roster.sso.oidc;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.SettingsService;
import io.roster.sso.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenID Connect settings in the {@code setting} table, read on every use so that a change
 * applies on every node at the next sign-in. The client secret is write-only: sealed on the way in
 * ({@link SecretBox}), opened only for the token request, never returned.
 */
@ApplicationScoped
public class OidcSettings {
  static final String ISSUER = "sso.oidc.issuer";
  static final String CLIENT_ID = "sso.oidc.client-id";
  static final String CLIENT_SECRET = "sso.oidc.client-secret";
  static final String SCOPES = "sso.oidc.scopes";
  static final String CLAIM = "sso.oidc.claim";
  static final String DEFAULT_SCOPES = "openid email profile";

  @Inject SettingsService settings;
  @Inject SecretBox secrets;
  @Inject Event<ResourceChanged> changes;

  /** What an admin may change; a null secret keeps the stored one. */
  public record OidcSettingsUpdate(
      String issuer, String clientId, String clientSecret, String scopes, String claim) {
    @Override
    public String toString() {
      return "OidcSettingsUpdate[issuer=" + issuer + ", clientId=" + clientId + "]";
    }
  }

  public OidcConfig get() {
    return new OidcConfig(
        settings.get(ISSUER).orElse(""),
        settings.get(CLIENT_ID).orElse(""),
        settings.get(CLIENT_SECRET).orElse(null),
        settings.get(SCOPES).orElse(DEFAULT_SCOPES),
        settings.get(CLAIM).flatMap(Claim::parse).orElse(Claim.EMAIL));
  }

  /** The stored client secret in plain text, for the token request only. */
  String clientSecret(OidcConfig config) {
    return secrets.open(config.sealedSecret(), CLIENT_SECRET);
  }

  /**
   * Saves the settings, audited with what changed (never the secret itself).
   *
   * @throws IllegalArgumentException for an issuer that is no http(s) URL, scopes without {@code
   *     openid}, an unknown claim, or a secret given while no encryption key is configured
   */
  @Transactional
  public OidcConfig save(OidcSettingsUpdate update) {
    String issuer = trim(update.issuer()).replaceAll("/+$", "");
    if (!issuer.isEmpty() && !httpUrl(issuer)) {
      throw new IllegalArgumentException("The issuer URL must be an http(s) URL.");
    }
    String scopes = trim(update.scopes()).isEmpty() ? DEFAULT_SCOPES : trim(update.scopes());
    if (!List.of(scopes.split("\\s+")).contains("openid")) {
      throw new IllegalArgumentException("The scopes must include openid.");
    }
    Claim claim =
        Claim.parse(trim(update.claim()).isEmpty() ? "email" : trim(update.claim()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The claim to match must be email, preferred_username or sub."));
    String secret = trim(update.clientSecret());
    if (!secret.isEmpty() && !secrets.available()) {
      throw new IllegalArgumentException(
          "Roster has no key to encrypt the client secret with: set ROSTER_SSO_KEY on every node"
              + " (for example to the output of `openssl rand -base64 32`) and restart them.");
    }
    OidcConfig before = get();
    List<String> changed = new ArrayList<>();
    put(ISSUER, before.issuer(), issuer, "issuer", changed);
    put(CLIENT_ID, before.clientId(), trim(update.clientId()), "clientId", changed);
    put(SCOPES, before.scopes(), scopes, "scopes", changed);
    put(CLAIM, before.claim().claimName(), claim.claimName(), "claim", changed);
    if (!secret.isEmpty()) {
      settings.put(CLIENT_SECRET, secrets.seal(secret, CLIENT_SECRET));
      changed.add("client secret replaced");
    }
    if (!changed.isEmpty()) {
      changes.fire(
          new ResourceChanged(
              Action.SSO_SETTINGS_CHANGED,
              "Setting",
              "sso.oidc",
              "OpenID Connect",
              String.join(", ", changed)));
    }
    return get();
  }

  private void put(String key, String before, String after, String label, List<String> changed) {
    if (!after.equals(before)) {
      settings.put(key, after);
      changed.add(label + "=" + after);
    }
  }

  private static boolean httpUrl(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String trim(String text) {
    return text == null ? "" : text.strip();
  }
}
