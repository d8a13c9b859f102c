package io.roster.admin;

import io.roster.security.IssuedToken;
import io.roster.security.ScimTokens;
import io.roster.security.TokenScope;
import io.roster.security.TokenSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/scim/tokens}: create (the secret is in that one answer only), list (no
 * secrets), revoke.
 */
@Path("admin/scim/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SCIM provisioning")
@RequestScoped
public class ScimTokensResource {
  static final int MAX_NAME = 100;
  static final int MAX_DAYS = 3650;

  @Inject ScimTokens tokens;
  @Context UriInfo uriInfo;

  /** {@code scope} is "scim" (the default) or "access" (reads /api/access only). */
  public record NewToken(String name, Integer expiresInDays, String scope) {}

  @JsonbNillable
  public record CreatedToken(
      UUID id,
      String name,
      String scope,
      String token,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {}

  /** Null times are shown as null: "never used" and "no expiry" are answers too. */
  @JsonbNillable
  public record TokenInfo(
      UUID id,
      String name,
      String scope,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt) {
    static TokenInfo of(TokenSummary t) {
      return new TokenInfo(
          t.id(), t.name(), t.scope().wire(), t.createdAt(), t.expiresAt(), t.lastUsedAt());
    }
  }

  @POST
  @Operation(summary = "Create a token; the answer is the only time its secret is shown")
  public Response create(NewToken request) {
    if (request == null || request.name() == null || request.name().isBlank()) {
      throw new BadRequestException("name is required");
    }
    if (request.name().length() > MAX_NAME) {
      throw new BadRequestException("name is longer than " + MAX_NAME + " characters");
    }
    Integer days = request.expiresInDays();
    if (days != null && (days < 1 || days > MAX_DAYS)) {
      throw new BadRequestException("expiresInDays must be between 1 and " + MAX_DAYS);
    }
    TokenScope scope =
        request.scope() == null
            ? TokenScope.SCIM
            : TokenScope.parse(request.scope())
                .orElseThrow(() -> new BadRequestException("scope is scim or access"));
    IssuedToken issued = tokens.create(request.name().strip(), days, scope);
    TokenSummary t = issued.token();
    return Response.created(uriInfo.getAbsolutePathBuilder().path(t.id().toString()).build())
        .entity(
            new CreatedToken(
                t.id(), t.name(), t.scope().wire(), issued.secret(), t.createdAt(), t.expiresAt()))
        .build();
  }

  @GET
  @Operation(summary = "Tokens not revoked, newest first, without secrets")
  public List<TokenInfo> list() {
    return tokens.list().stream().map(TokenInfo::of).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a token; it stops working on the next request on every node")
  public void revoke(@PathParam("id") String id) {
    if (!tokens.revoke(parse(id))) {
      throw new NotFoundException("No active token " + id);
    }
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No active token " + id);
    }
  }
}
