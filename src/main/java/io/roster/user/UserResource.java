package io.roster.user;

import io.roster.scim.http.ListRequests;
import io.roster.scim.http.ListResponses;
import io.roster.scim.http.ScimBaseUrl;
import io.roster.scim.http.ScimConfig;
import io.roster.scim.http.ScimMediaType;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.ResourcePage;
import io.roster.scim.protocol.Versions;
import io.roster.scim.schema.Projection;
import io.roster.scim.schema.ResourceSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /scim/Users} (RFC 7644 §3): parses the request, calls {@link UserService}, shapes. */
@Path("Users")
@Produces(ScimMediaType.SCIM_JSON)
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
// One instance: @Context UriInfo is a proxy to the current request's, so nothing is built per
// request.
@ApplicationScoped
public class UserResource {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;

  @Inject UserService users;
  @Inject ScimConfig config;
  @Context UriInfo uri;

  @GET
  public JsonObject list() {
    return list(ListRequests.fromQuery(uri.getQueryParameters(), config.paging(), SCHEMA));
  }

  @POST
  @Path(".search")
  public JsonObject search(JsonObject body) {
    return list(ListRequests.fromSearch(body, config.paging(), SCHEMA));
  }

  @GET
  @Path("{id}")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    StoredUser user = users.get(id);
    if (Versions.notModified(ifNoneMatch, user.user().version())) {
      return Response.notModified(Versions.etag(user.user().version())).build();
    }
    return single(user, Response.ok(), Projection.parse(attributes, excludedAttributes, SCHEMA));
  }

  @POST
  public Response create(JsonObject body) {
    StoredUser user = users.create(body);
    return single(user, Response.status(Response.Status.CREATED), Projection.defaults(SCHEMA));
  }

  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    return single(users.replace(id, body, ifMatch), Response.ok(), Projection.defaults(SCHEMA));
  }

  @PATCH
  @Path("{id}")
  public Response patch(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    return single(users.patch(id, body, ifMatch), Response.ok(), Projection.defaults(SCHEMA));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    users.delete(id, ifMatch);
    return Response.noContent().build();
  }

  private JsonObject list(ListRequest request) {
    ResourcePage page = users.search(request, scimBase());
    return ListResponses.of(request, page);
  }

  /** One user with its {@code ETag} and, as RFC 7644 §3.1 asks, its {@code Location}. */
  private Response single(
      StoredUser user, Response.ResponseBuilder response, Projection projection) {
    String base = scimBase();
    return response
        .entity(projection.apply(user.toJson(base)))
        .tag(jakarta.ws.rs.core.EntityTag.valueOf(Versions.etag(user.user().version())))
        .header(HttpHeaders.LOCATION, base + "/Users/" + user.user().id())
        .build();
  }

  private String scimBase() {
    return ScimBaseUrl.of(uri);
  }
}
