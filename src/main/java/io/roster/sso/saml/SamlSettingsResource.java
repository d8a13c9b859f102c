package io.roster.sso.saml;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/sso/saml}: what the console's SAML page shows and changes. */
@Path("admin/sso/saml")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on")
@RequestScoped
public class SamlSettingsResource {
  @Inject SamlConfiguration configuration;
  @Inject SpEndpoints endpoints;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Roster's SAML service provider addresses and the identity provider set")
  public SamlSettingsView get() {
    return SamlSettingsView.of(configuration.current(), endpoints.of(uriInfo.getBaseUri()));
  }

  @PUT
  @Operation(
      summary =
          "Set the identity provider (metadata XML, metadata URL, or SSO URL + issuer +"
              + " certificate) and the matching; fields left out keep their value")
  public SamlSettingsView put(SamlSettingsUpdate update) {
    if (update == null) {
      throw new BadRequestException("A JSON object of the settings to change is required");
    }
    try {
      return SamlSettingsView.of(configuration.update(update), endpoints.of(uriInfo.getBaseUri()));
    } catch (SamlRefused e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
