package io.roster.platform;

import io.roster.api.ApiDatabaseOutageMapper;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Admin API requests during a database outage: the 503 at once, before the password check. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiDatabaseGateFilter implements ContainerRequestFilter {
  @Inject DatabaseGate gate;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!gate.open()) {
      request.abortWith(ApiDatabaseOutageMapper.unavailable());
    }
  }
}
