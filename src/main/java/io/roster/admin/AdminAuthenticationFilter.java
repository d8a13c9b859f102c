package io.roster.admin;

import io.roster.api.ApiErrors;
import io.roster.audit.Actor;
import io.roster.audit.CurrentActor;
import io.roster.platform.ClientAddress;
import io.roster.security.ScimTokens;
import io.roster.security.TokenIdentity;
import io.roster.security.TokenScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.Optional;

/**
 * HTTP Basic for every {@code /api} request, matched or not: nothing under {@code /api} is
 * reachable without admin credentials. Wrong credentials and throttled accounts get the same 401,
 * so the answer does not reveal which user names exist; a caller refused before any check (too many
 * failures from its address, too many checks at once) gets 429 or 503 with {@code Retry-After}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AdminAuthenticationFilter implements ContainerRequestFilter {
  static final String CHALLENGE = "Basic realm=\"Roster admin\", charset=\"UTF-8\"";

  @Inject FirstAdmin firstAdmin;
  @Inject AdminAuthenticator authenticator;
  @Inject CurrentActor currentActor;
  @Inject ScimTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject AdminAccounts accounts;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (isAccessDecision(request) && authorization != null && authorization.startsWith("Bearer ")) {
      acceptAccessToken(request, authorization);
      return;
    }
    firstAdmin.ensure();
    Optional<String> admin;
    try {
      admin =
          BasicCredentials.from(request.getHeaderString(HttpHeaders.AUTHORIZATION))
              .flatMap(
                  c ->
                      authenticator.authenticate(
                          c.userName(), c.password(), clientAddress.of(servletRequest)));
    } catch (LoginRefused e) {
      request.abortWith(
          ApiErrors.response(e.status(), e.getMessage())
              .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
              .build());
      return;
    } catch (PasswordSignInOff e) {
      request.abortWith(ApiErrors.response(403, e.getMessage()).build());
      return;
    }
    if (admin.isEmpty()) {
      request.abortWith(
          ApiErrors.response(401, "Admin credentials are required")
              .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
              .build());
      return;
    }
    if (accounts.mustChangePassword(admin.get()) && !isOwnPasswordChange(request, admin.get())) {
      request.abortWith(
          ApiErrors.response(
                  403,
                  "The password of "
                      + admin.get()
                      + " must be changed first: PUT /api/admin/admins/"
                      + admin.get()
                      + "/password")
              .build());
      return;
    }
    currentActor.set(Actor.admin(admin.get()));
  }

  private static boolean isOwnPasswordChange(ContainerRequestContext request, String admin) {
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    return "PUT".equals(request.getMethod())
        && path.size() == 4
        && path.get(0).getPath().equals("admin")
        && path.get(1).getPath().equals("admins")
        && path.get(2).getPath().equals(admin)
        && path.get(3).getPath().equals("password");
  }

  /**
   * The host application reads access decisions and the events feed with an access-scoped token:
   * cheap to check.
   */
  private void acceptAccessToken(ContainerRequestContext request, String authorization) {
    Optional<TokenIdentity> token = tokens.authenticateHeader(authorization, TokenScope.ACCESS);
    if (token.isEmpty()) {
      request.abortWith(
          ApiErrors.response(401, "A valid access token is required")
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Roster access\"")
              .build());
      return;
    }
    currentActor.set(Actor.token(token.get().id().toString(), token.get().name()));
  }

  private static boolean isAccessDecision(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.startsWith("access/")
        || path.startsWith("/access/")
        || path.equals("events")
        || path.equals("/events");
  }
}
