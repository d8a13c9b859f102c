package io.roster.discovery;

import io.roster.scim.web.ScimMediaType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** SCIM discovery (RFC 7644 §4): what this service provider supports. */
@Path("")
@Produces(ScimMediaType.SCIM_JSON)
public class DiscoveryResource {
  @Context UriInfo uriInfo;

  @GET
  @Path("ServiceProviderConfig")
  public JsonObject serviceProviderConfig() {
    String location = uriInfo.getBaseUriBuilder().path("ServiceProviderConfig").build().toString();
    return Json.createObjectBuilder()
        .add(
            "schemas",
            Json.createArrayBuilder()
                .add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
        .add("patch", supported(true))
        .add("bulk", supported(false).add("maxOperations", 0).add("maxPayloadSize", 0))
        .add("filter", supported(true).add("maxResults", 200))
        .add("changePassword", supported(false))
        .add("sort", supported(true))
        .add("etag", supported(true))
        .add(
            "authenticationSchemes",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add("description", "A token generated in Roster's console")
                        .add("specUri", "https://www.rfc-editor.org/rfc/rfc6750")
                        .add("primary", true)))
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("resourceType", "ServiceProviderConfig")
                .add("location", location))
        .build();
  }

  private static jakarta.json.JsonObjectBuilder supported(boolean value) {
    return Json.createObjectBuilder().add("supported", value);
  }
}
