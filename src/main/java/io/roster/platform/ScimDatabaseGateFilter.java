package io.roster.platform;

import io.roster.scim.http.DatabaseOutageMapper;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** SCIM requests during a database outage: the 503 at once, before authentication needs it. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ScimDatabaseGateFilter implements ContainerRequestFilter {
  @Inject DatabaseGate gate;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!gate.open()) {
      request.abortWith(DatabaseOutageMapper.unavailable());
    }
  }
}
