package io.roster.discovery;

import io.roster.persistence.ListCursors;
import io.roster.scim.error.ScimException;
import io.roster.scim.http.BodySizeLimit;
import io.roster.scim.http.PagingLimits;
import io.roster.scim.http.ScimBaseUrl;
import io.roster.scim.http.ScimConfig;
import io.roster.scim.http.ScimMediaType;
import io.roster.scim.schema.DiscoveryDocuments;
import io.roster.scim.schema.ListResponse;
import io.roster.scim.schema.ResourceType;
import io.roster.scim.schema.ServiceLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * SCIM discovery (RFC 7644 §4): what this service provider supports, for the resources it serves.
 */
@Path("")
@Produces(ScimMediaType.SCIM_JSON)
// One instance: @Context UriInfo is a proxy to the current request's, so nothing is built per
// request.
@ApplicationScoped
public class DiscoveryResource {
  static final List<ResourceType> SERVED = List.of(ResourceType.USER, ResourceType.GROUP);
  static final String DOCUMENTATION = "https://github.com/roster/roster#readme";

  @Inject ScimConfig config;
  @Inject ListCursors cursors;
  @Context UriInfo uri;

  @GET
  @Path("ServiceProviderConfig")
  public JsonObject serviceProviderConfig() {
    PagingLimits paging = config.paging();
    ServiceLimits limits =
        new ServiceLimits(
            paging.defaultCount(),
            paging.maxResults(),
            cursors.timeout().toSeconds(),
            config.bulkMaxOperations(),
            BodySizeLimit.MAX_BYTES);
    return DiscoveryDocuments.serviceProviderConfig(base(), limits, DOCUMENTATION);
  }

  @GET
  @Path("ResourceTypes")
  public JsonObject resourceTypes() {
    var types = SERVED.stream().map(t -> DiscoveryDocuments.resourceType(t, base())).toList();
    return ListResponse.of(types, types.size(), 1);
  }

  @GET
  @Path("ResourceTypes/{name}")
  public JsonObject resourceType(@PathParam("name") String name) {
    return SERVED.stream()
        .filter(t -> t.name().equalsIgnoreCase(name))
        .findFirst()
        .map(t -> DiscoveryDocuments.resourceType(t, base()))
        .orElseThrow(() -> ScimException.notFound("No resource type " + name));
  }

  @GET
  @Path("Schemas")
  public JsonObject schemas() {
    var schemas = DiscoveryDocuments.schemas(SERVED, base());
    return ListResponse.of(schemas, schemas.size(), 1);
  }

  @GET
  @Path("Schemas/{urn}")
  public JsonObject schema(@PathParam("urn") String urn) {
    return DiscoveryDocuments.schemas(SERVED, base()).stream()
        .filter(s -> s.getString("id").equalsIgnoreCase(urn))
        .findFirst()
        .orElseThrow(() -> ScimException.notFound("No schema " + urn));
  }

  private String base() {
    return ScimBaseUrl.of(uri);
  }
}
