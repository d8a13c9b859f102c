package io.roster.group;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

/** {@code /scim/Groups}: parses the request, calls {@link GroupService}, shapes the answer. */
@Path("Groups")
@Produces(ScimMediaType.SCIM_JSON)
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
// One instance: @Context UriInfo is a proxy to the current request's, so nothing is built per
// request.
@ApplicationScoped
public class GroupResource {
  private static final ResourceSchema SCHEMA = ResourceSchema.GROUP;

  @Inject GroupService groups;
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
    Projection projection = Projection.parse(attributes, excludedAttributes, SCHEMA);
    StoredGroup group = groups.get(id, false);
    if (Versions.notModified(ifNoneMatch, group.group().version)) {
      return Response.notModified(Versions.etag(group.group().version)).build();
    }
    if (!projection.includes("members")) {
      return single(group, Response.ok(), projection);
    }
    StreamedGroup streamed = new StreamedGroup(group.group(), projection, scimBase(), groups);
    return located(group, Response.ok()).entity((StreamingOutput) streamed::write).build();
  }

  @POST
  public Response create(JsonObject body) {
    StoredGroup group = groups.create(body);
    return single(group, Response.status(Response.Status.CREATED), Projection.defaults(SCHEMA));
  }

  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    return single(groups.replace(id, body, ifMatch), Response.ok(), Projection.defaults(SCHEMA));
  }

  /**
   * 204, as Okta and Entra prefer, unless the client names attributes to see: then 200 with the
   * group (members loaded only if asked for).
   */
  @PATCH
  @Path("{id}")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      JsonObject body) {
    boolean answer = attributes != null || excludedAttributes != null;
    Projection projection = Projection.parse(attributes, excludedAttributes, SCHEMA);
    StoredGroup group = groups.patch(id, body, ifMatch, answer && projection.includes("members"));
    if (!answer) {
      return Response.noContent()
          .tag(EntityTag.valueOf(Versions.etag(group.group().version)))
          .build();
    }
    return single(group, Response.ok(), projection);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    groups.delete(id, ifMatch);
    return Response.noContent().build();
  }

  private JsonObject list(ListRequest request) {
    ResourcePage page = groups.search(request, scimBase());
    return ListResponses.of(request, page);
  }

  /** One group with its {@code ETag} and, as RFC 7644 §3.1 asks, its {@code Location}. */
  private Response single(StoredGroup group, Response.ResponseBuilder response, Projection p) {
    return located(group, response).entity(p.apply(group.toJson(scimBase()))).build();
  }

  private Response.ResponseBuilder located(StoredGroup group, Response.ResponseBuilder response) {
    return response
        .tag(EntityTag.valueOf(Versions.etag(group.group().version)))
        .header(HttpHeaders.LOCATION, scimBase() + "/Groups/" + group.group().id());
  }

  private String scimBase() {
    return ScimBaseUrl.of(uri);
  }
}
