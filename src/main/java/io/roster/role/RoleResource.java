package io.roster.role;

import io.roster.api.Paging;
import io.roster.persistence.ResourceIds;
import io.roster.scim.json.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/admin/roles}: the roles pushed groups became, and their access levels. */
@Path("admin/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {
  static final int MAX_LIMIT = 1000;

  @Inject RoleService roles;

  /** A page of roles by name; {@code q} keeps those whose name contains it (any letter case). */
  @GET
  public JsonObject list(
      @QueryParam("q") String q,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Paging paging = Paging.parse(offset, limit, 100, MAX_LIMIT);
    RoleService.RolePage page = roles.search(q, paging.offset(), paging.limit());
    var array = Jsons.createArrayBuilder();
    page.roles().forEach(role -> array.add(RoleJson.role(role)));
    return Jsons.createObjectBuilder()
        .add("total", page.total())
        .add("offset", paging.offset())
        .add("limit", paging.limit())
        .add("roles", array)
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return found(ResourceIds.parse(id).flatMap(roles::get));
  }

  /** Body {@code {"area": "level", ...}}; areas left out keep their level. */
  @PUT
  @Path("{id}/access")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setAccess(@PathParam("id") String id, JsonObject body) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : body.entrySet()) {
      if (!(e.getValue() instanceof JsonString level)) {
        throw new BadRequestException("The level of " + e.getKey() + " must be a string");
      }
      levels.put(e.getKey(), level.getString());
    }
    try {
      return found(ResourceIds.parse(id).flatMap(uuid -> roles.setAccess(uuid, levels)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static Response found(Optional<Role> role) {
    return Response.ok(RoleJson.role(role.orElseThrow(() -> new NotFoundException("No such role"))))
        .build();
  }
}
