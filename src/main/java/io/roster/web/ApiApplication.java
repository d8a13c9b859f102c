package io.roster.web;

import io.roster.role.AccessResource;
import io.roster.role.RoleResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The admin API and the access-decision API, under {@code /api}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(RoleResource.class, AccessResource.class);
  }
}
