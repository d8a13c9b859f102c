package io.roster.admin;

import io.roster.security.ScimAccess;
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

/** {@code /api/admin/scim}: the "Enable SCIM" switch and the URL to paste into the IdP. */
@Path("admin/scim")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SCIM provisioning")
@RequestScoped
public class ScimSettingsResource {
  @Inject ScimAccess access;
  @Inject ScimEndpoint endpoint;
  @Context UriInfo uriInfo;

  public record ScimSettings(boolean enabled, String endpoint) {}

  public record ScimSettingsUpdate(Boolean enabled) {}

  @GET
  @Operation(summary = "Whether SCIM provisioning is enabled, and the SCIM endpoint URL")
  public ScimSettings get() {
    return new ScimSettings(access.enabled(), endpoint.url(uriInfo.getBaseUri()));
  }

  @PUT
  @Operation(summary = "Enable or disable SCIM provisioning; takes effect on the next request")
  public ScimSettings put(ScimSettingsUpdate update) {
    if (update == null || update.enabled() == null) {
      throw new BadRequestException("Body must be {\"enabled\": true|false}");
    }
    access.setEnabled(update.enabled());
    return get();
  }
}
