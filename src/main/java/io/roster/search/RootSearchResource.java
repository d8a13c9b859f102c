package io.roster.search;

import io.roster.scim.error.ScimException;
import io.roster.scim.http.ListRequests;
import io.roster.scim.http.ScimBaseUrl;
import io.roster.scim.http.ScimConfig;
import io.roster.scim.http.ScimMediaType;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.protocol.ResourcePage;
import io.roster.scim.schema.ListResponse;
import io.roster.scim.schema.ResourceSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /scim/.search}: parses the SearchRequest per schema, calls {@link RootSearch}. */
@Path(".search")
@Produces(ScimMediaType.SCIM_JSON)
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
// One instance: @Context UriInfo is a proxy to the current request's, so nothing is built per
// request.
@ApplicationScoped
public class RootSearchResource {
  @Inject RootSearch search;
  @Inject ScimConfig config;
  @Context UriInfo uri;

  @POST
  public JsonObject search(JsonObject body) {
    ListRequest forUsers = ListRequests.fromSearch(body, config.paging(), ResourceSchema.USER);
    ListRequest forGroups = ListRequests.fromSearch(body, config.paging(), ResourceSchema.GROUP);
    if (forUsers.page().byCursor()) {
      throw ScimException.invalidValue(
          "A search across resource types pages by startIndex; cursors page /Users and /Groups");
    }
    ResourcePage page = search.search(forUsers, forGroups, ScimBaseUrl.of(uri));
    return ListResponse.of(
        page.resources(), (int) page.totalResults(), forUsers.page().startIndex());
  }
}
