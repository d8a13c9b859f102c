package io.roster.sso.oidc;

import io.roster.sso.SecretBox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/sso/oidc}: the OpenID Connect settings. The client secret is write-only: a PUT
 * may set it, no answer ever contains it ({@code clientSecretSet} says whether one is stored).
 */
@Path("admin/sso/oidc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on")
@RequestScoped
public class OidcSettingsResource {
  @Inject OidcSettings settings;
  @Inject OidcFlow flow;
  @Inject SecretBox secrets;
  @Context HttpServletRequest request;

  public record OidcSettingsView(
      String issuer,
      String clientId,
      boolean clientSecretSet,
      String scopes,
      String claim,
      String redirectUri,
      boolean encryptionKeyConfigured) {}

  @GET
  @Operation(summary = "The OpenID Connect settings and the redirect URI to register at the IdP")
  public OidcSettingsView get() {
    OidcConfig config = settings.get();
    return new OidcSettingsView(
        config.issuer(),
        config.clientId(),
        config.sealedSecret() != null,
        config.scopes(),
        config.claim().claimName(),
        flow.redirectUri(request),
        secrets.available());
  }

  @PUT
  @Operation(
      summary = "Set the OpenID Connect settings",
      description =
          "All fields but clientSecret replace the stored ones; clientSecret left out or empty"
              + " keeps the stored secret. claim: email, preferred_username or sub.")
  public OidcSettingsView put(OidcSettings.OidcSettingsUpdate update) {
    if (update == null) {
      throw new BadRequestException("Body must be a JSON object of the OpenID Connect settings");
    }
    try {
      settings.save(update);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return get();
  }
}
