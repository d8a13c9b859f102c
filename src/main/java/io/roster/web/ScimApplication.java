package io.roster.web;

import io.roster.discovery.DiscoveryResource;
import io.roster.scim.web.ScimExceptionMapper;
import io.roster.security.ScimAuthenticationFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM endpoint an identity provider is given. Its classes are listed so that nothing of the
 * admin API is reachable under {@code /scim}.
 */
@ApplicationPath("/scim")
public class ScimApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        DiscoveryResource.class, ScimExceptionMapper.class, ScimAuthenticationFilter.class);
  }
}
