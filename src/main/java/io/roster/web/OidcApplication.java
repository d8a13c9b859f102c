package io.roster.web;

import io.roster.sso.oidc.OidcResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * OpenID Connect sign-in under {@code /sso/oidc}: browser endpoints open to anyone (the identity
 * provider's signed ID token is the credential), so neither the admin API's nor the SCIM endpoint's
 * filter applies here.
 */
@ApplicationPath("/sso/oidc")
public class OidcApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(OidcResource.class);
  }
}
