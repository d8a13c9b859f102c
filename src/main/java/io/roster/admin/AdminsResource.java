package io.roster.admin;

import io.roster.audit.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/admins}: the admin accounts. List, add (the new admin changes the password at
 * the first sign-in), remove (never the last), change a password (one's own with the current one;
 * another's is a reset), set the break-glass flag.
 */
@Path("admin/admins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admins")
@RequestScoped
public class AdminsResource {
  @Inject AdminAccounts accounts;
  @Inject CurrentActor currentActor;
  @Context UriInfo uriInfo;

  public record NewAdmin(String userName, String password, boolean breakGlass) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  public record BreakGlass(boolean breakGlass) {}

  @GET
  @Operation(summary = "The admin accounts, by name")
  public List<AdminView> list() {
    return accounts.list();
  }

  @POST
  @Operation(
      summary =
          "Add an admin; the password (12 characters or more) is changed at the first sign-in")
  public Response add(NewAdmin request) {
    if (request == null) {
      throw new WebApplicationException("userName and password are required", 400);
    }
    AdminView added =
        refusedAsHttp(
            () ->
                accounts.add(
                    currentActor.get(),
                    request.userName(),
                    request.password(),
                    request.breakGlass()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(added.userName()).build())
        .entity(added)
        .build();
  }

  @DELETE
  @Path("{name}")
  @Operation(summary = "Remove an admin; the last one cannot be removed")
  public void remove(@PathParam("name") String name) {
    refusedAsHttp(
        () -> {
          accounts.remove(currentActor.get(), name);
          return null;
        });
  }

  @PUT
  @Path("{name}/password")
  @Operation(
      summary =
          "Change a password: one's own needs currentPassword; another admin's is a reset that"
              + " admin changes at the next sign-in")
  public void changePassword(@PathParam("name") String name, PasswordChange request) {
    if (request == null) {
      throw new WebApplicationException("newPassword is required", 400);
    }
    refusedAsHttp(
        () -> {
          accounts.changePassword(
              currentActor.get(), name, request.currentPassword(), request.newPassword());
          return null;
        });
  }

  @PUT
  @Path("{name}/break-glass")
  @Operation(summary = "Mark or unmark an emergency account: its every sign-in is audited")
  public AdminView breakGlass(@PathParam("name") String name, BreakGlass request) {
    if (request == null) {
      throw new WebApplicationException("breakGlass is required", 400);
    }
    return refusedAsHttp(
        () -> accounts.setBreakGlass(currentActor.get(), name, request.breakGlass()));
  }

  private static <T> T refusedAsHttp(Supplier<T> change) {
    try {
      return change.get();
    } catch (AdminChangeRefused e) {
      throw new WebApplicationException(e.getMessage(), e.status());
    }
  }
}
