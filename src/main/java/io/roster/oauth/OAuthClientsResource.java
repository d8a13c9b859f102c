package io.roster.oauth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/oauth/clients}: OAuth clients of the SCIM endpoint with their secrets (each
 * shown once, when created) and federated credentials.
 */
@Path("admin/oauth/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OAuth clients")
@RequestScoped
public class OAuthClientsResource {
  @Inject OAuthClients clients;
  @Inject FederatedCredentials credentials;
  @Context UriInfo uriInfo;

  public record NewClient(String name, Integer accessTokenMinutes, Integer secretExpiresInDays) {}

  public record ClientUpdate(Boolean enabled) {}

  public record NewSecret(Integer expiresInDays) {}

  public record ClientInfo(
      String clientId,
      String name,
      boolean enabled,
      int accessTokenMinutes,
      OffsetDateTime createdAt) {
    static ClientInfo of(ClientView c) {
      return new ClientInfo(
          c.id().toString(), c.name(), c.enabled(), c.accessTokenMinutes(), c.createdAt());
    }
  }

  /** {@code secret} is present only in the answer that created it. */
  @JsonbNillable
  public record SecretInfo(
      String id,
      String secret,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt) {
    static SecretInfo of(SecretView s, String value) {
      return new SecretInfo(s.id().toString(), value, s.createdAt(), s.expiresAt(), s.lastUsedAt());
    }
  }

  public record CreatedClient(ClientInfo client, SecretInfo secret) {}

  @JsonbNillable
  public record CredentialInfo(
      String id,
      String name,
      String issuer,
      String subject,
      String audience,
      String jwksUrl,
      String jwks,
      OffsetDateTime createdAt,
      OffsetDateTime lastUsedAt) {
    static CredentialInfo of(CredentialView f) {
      FederationTrust t = f.trust();
      return new CredentialInfo(
          f.id().toString(),
          t.name(),
          t.issuer(),
          t.subject(),
          t.audience(),
          t.jwksUrl(),
          t.jwks(),
          f.createdAt(),
          f.lastUsedAt());
    }
  }

  @POST
  @Operation(summary = "Create a client; the answer is the only time its first secret is shown")
  public Response create(NewClient request) {
    NewClient r = request == null ? new NewClient(null, null, null) : request;
    OAuthClients.CreatedClient created =
        checked(() -> clients.create(r.name(), r.accessTokenMinutes(), r.secretExpiresInDays()));
    return Response.created(location(created.client().id().toString()))
        .entity(
            new CreatedClient(
                ClientInfo.of(created.client()),
                SecretInfo.of(created.secret().secret(), created.secret().value())))
        .build();
  }

  @GET
  @Operation(summary = "Every client, newest first")
  public List<ClientInfo> list() {
    return clients.list().stream().map(ClientInfo::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One client")
  public ClientInfo get(@PathParam("id") String id) {
    return clients.find(parse(id)).map(ClientInfo::of).orElseThrow(() -> notFound(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Enable or disable a client; disabling stops its access tokens at once")
  public ClientInfo update(@PathParam("id") String id, ClientUpdate update) {
    if (update == null || update.enabled() == null) {
      throw new BadRequestException("enabled is required");
    }
    return clients
        .setEnabled(parse(id), update.enabled())
        .map(ClientInfo::of)
        .orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a client with its secrets, credentials and access tokens")
  public void delete(@PathParam("id") String id) {
    if (!clients.delete(parse(id))) {
      throw notFound(id);
    }
  }

  @POST
  @Path("{id}/secrets")
  @Operation(summary = "Add a secret (1-3 years, 2 by default); shown in this answer only")
  public Response addSecret(@PathParam("id") String id, NewSecret request) {
    Integer days = request == null ? null : request.expiresInDays();
    IssuedSecret issued =
        checked(() -> clients.addSecret(parse(id), days)).orElseThrow(() -> notFound(id));
    return Response.created(location(id + "/secrets/" + issued.secret().id()))
        .entity(SecretInfo.of(issued.secret(), issued.value()))
        .build();
  }

  @GET
  @Path("{id}/secrets")
  @Operation(summary = "The client's secrets not revoked, without their values")
  public List<SecretInfo> secrets(@PathParam("id") String id) {
    UUID clientId = existing(id);
    return clients.secrets(clientId).stream().map(s -> SecretInfo.of(s, null)).toList();
  }

  @DELETE
  @Path("{id}/secrets/{secretId}")
  @Operation(summary = "Revoke a secret; tokens obtained with it stop on the next request")
  public void revokeSecret(@PathParam("id") String id, @PathParam("secretId") String secretId) {
    if (!clients.revokeSecret(parse(id), parse(secretId))) {
      throw notFound(secretId);
    }
  }

  @POST
  @Path("{id}/credentials")
  @Operation(summary = "Trust an issuer's client assertions (jwksUrl or a pasted jwks)")
  public Response addCredential(@PathParam("id") String id, FederationTrust trust) {
    CredentialView added =
        checked(() -> credentials.add(parse(id), trust)).orElseThrow(() -> notFound(id));
    return Response.created(location(id + "/credentials/" + added.id()))
        .entity(CredentialInfo.of(added))
        .build();
  }

  @GET
  @Path("{id}/credentials")
  @Operation(summary = "The client's federated credentials not revoked")
  public List<CredentialInfo> credentials(@PathParam("id") String id) {
    UUID clientId = existing(id);
    return credentials.list(clientId).stream().map(CredentialInfo::of).toList();
  }

  @DELETE
  @Path("{id}/credentials/{credentialId}")
  @Operation(summary = "Revoke a credential; tokens obtained with it stop on the next request")
  public void revokeCredential(
      @PathParam("id") String id, @PathParam("credentialId") String credentialId) {
    if (!credentials.revoke(parse(id), parse(credentialId))) {
      throw notFound(credentialId);
    }
  }

  private UUID existing(String id) {
    UUID clientId = parse(id);
    clients.find(clientId).orElseThrow(() -> notFound(id));
    return clientId;
  }

  private URI location(String path) {
    return uriInfo.getBaseUriBuilder().path("admin/oauth/clients").path(path).build();
  }

  private static <T> T checked(Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No such client, secret or credential: " + id);
  }
}
