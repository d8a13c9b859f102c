package io.roster.sso.oidc;

import io.roster.sso.SsoSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sso/oidc/login} (the sign-in page's "Sign in with …") and {@code /sso/oidc/callback} (the
 * redirect URI registered at the IdP). Test sign-ins start from the console instead ({@code
 * console.settings.OidcTestStart}), where only admins reach them.
 */
@Path("/")
@RequestScoped
public class OidcResource {
  @Inject OidcFlow flow;
  @Inject SsoSettings sso;
  @Context HttpServletRequest request;

  @GET
  @Path("login")
  public Response login(@QueryParam("returnTo") String returnTo) {
    if (!sso.enabled()) {
      return sso.off(request);
    }
    try {
      return flow.start(returnTo, false, request).response();
    } catch (IllegalStateException | OidcProvider.Unavailable e) {
      return sso.unavailable(request, e.getMessage());
    }
  }

  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription) {
    return flow.callback(code, state, error, errorDescription, request);
  }
}
