package io.roster.security;

import io.roster.audit.Actor;
import io.roster.audit.AuditRecord;
import io.roster.audit.CurrentActor;
import io.roster.audit.SampledAudit;
import io.roster.events.Action;
import io.roster.scim.http.ScimErrors;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Guards every {@code /scim} request, matched or not (hence pre-matching): SCIM must be enabled,
 * the bearer token valid, and its rate budget not spent. Refusals never echo the token.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ScimAuthenticationFilter implements ContainerRequestFilter {
  static final String CHALLENGE = "Bearer realm=\"Roster SCIM\"";

  @Inject ScimAccess access;
  @Inject RateLimiter rateLimiter;
  @Inject CurrentActor currentActor;
  @Inject SampledAudit refusals;

  @Override
  public void filter(ContainerRequestContext request) {
    ScimAccess.Check check = access.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Optional<ScimAccess.Caller> caller = check.caller();
    if (caller.isEmpty()) {
      unauthorized(request, "bad-token", "A valid bearer token is required");
      return;
    }
    if (!check.enabled()) {
      unauthorized(request, "disabled", "SCIM provisioning is disabled in Roster");
      return;
    }
    Actor actor = caller.get().actor();
    // set before the rate check, so that the provisioning log names the token it refuses
    currentActor.set(actor);
    long wait = rateLimiter.secondsToWait(caller.get().budgetKey());
    if (wait > 0) {
      refusals.record(
          "scim.429." + actor.id(), actor, refusal("429 rate limit of the token exceeded"));
      request.abortWith(
          Response.fromResponse(
                  ScimErrors.response(429, null, "Too many requests; retry after " + wait + " s"))
              .header(HttpHeaders.RETRY_AFTER, wait)
              .build());
      return;
    }
  }

  private void unauthorized(ContainerRequestContext request, String reason, String detail) {
    refusals.record("scim.401." + reason, Actor.ANONYMOUS, refusal("401 " + detail));
    request.abortWith(
        Response.fromResponse(ScimErrors.response(401, null, detail))
            .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
            .build());
  }

  private static AuditRecord refusal(String summary) {
    return new AuditRecord(
        Action.SCIM_REQUEST_REJECTED, "Endpoint", null, "/scim", AuditRecord.REJECTED, summary);
  }
}
