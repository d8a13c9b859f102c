package io.roster.api;

import io.roster.scim.http.BodySizeLimit;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * The SCIM endpoint's 1 MB body limit on {@code /api}, checked first of all (before the database
 * gate and the password check), answered as {@code {"status":413,"detail":...}}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ApiBodySizeLimit implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    BodySizeLimit.limit(request, () -> new WebApplicationException(BodySizeLimit.TOO_LARGE, 413));
  }
}
