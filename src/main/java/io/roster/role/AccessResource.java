package io.roster.role;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/access/{userName}}: the host application's access decision, computed from the
 * database on every call so that a change in the IdP counts on the next request.
 */
@Path("access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {
  @Inject RoleService roles;

  @GET
  @Path("{userName}")
  public Response access(@PathParam("userName") String userName) {
    return roles
        .accessOf(userName)
        .map(a -> Response.ok(RoleJson.access(a)).build())
        .orElseThrow(() -> new NotFoundException("No such user"));
  }
}
