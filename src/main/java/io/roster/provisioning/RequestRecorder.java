package io.roster.provisioning;

import io.roster.audit.Actor;
import io.roster.audit.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The provisioning log's one hook into {@code /scim} and {@code /oauth}: it runs first on the way
 * in (pre-matching, lowest priority number) and last on the way out, so it sees every request,
 * refused ones included, and the final answer. It keeps only names: the resource's id and name from
 * the answer, the error's status, {@code scimType} and detail, and (through {@link BodyCounter},
 * which also counts the bytes) the attribute names a write sent.
 */
@PreMatching
@Priority(1)
@ApplicationScoped
public class RequestRecorder implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = RequestRecorder.class.getName() + ".started";

  @Inject ProvisioningLog log;
  @Inject ScimMetrics metrics;
  @Inject CurrentActor currentActor;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    if (started == null) {
      return; // refused before this filter ran
    }
    Pending pending = new Pending(request, response, (Long) started, currentActor.get());
    if (response.hasEntity()) {
      // finished by BodyCounter once the body is written, when its size is known
      request.setProperty(BodyCounter.AFTER_WRITE, (BodyCounter.Written) n -> finish(pending, n));
    } else {
      finish(pending, 0);
    }
  }

  private void finish(Pending p, long bytesOut) {
    long nanos = System.nanoTime() - p.started;
    int durationMs = (int) (nanos / 1_000_000);
    metrics.request(p.method, p.resourceType, p.status, p.actor.name(), nanos);
    if (log.enabled()) {
      log.record(p.toRecord(durationMs, bytesOut));
    }
  }

  /** What is known when the answer is ready; the body's size follows once it is written. */
  private static final class Pending {
    final long started;
    final Actor actor;
    final String method;
    final String path;
    final String resourceType;
    final int status;
    final ContainerRequestContext request;
    String resourceId;
    String resourceName;
    String scimType;
    String detail;

    Pending(
        ContainerRequestContext request,
        ContainerResponseContext response,
        long started,
        Actor actor) {
      this.request = request;
      this.started = started;
      this.actor = actor;
      this.method = request.getMethod();
      this.path = request.getUriInfo().getRequestUri().getRawPath();
      this.status = response.getStatus();
      EndpointPath endpoint = EndpointPath.of(request.getUriInfo().getPath());
      this.resourceType = endpoint.resourceType();
      this.resourceId = endpoint.resourceId();
      if (response.getEntity() instanceof JsonObject body) {
        read(body);
      }
    }

    private void read(JsonObject body) {
      if (status >= 400) {
        // SCIM's error JSON, or OAuth's {"error", "error_description"}
        scimType = text(body, body.containsKey("scimType") ? "scimType" : "error");
        detail = text(body, body.containsKey("detail") ? "detail" : "error_description");
        return;
      }
      if (EndpointPath.NAMED.contains(resourceType) && body.containsKey("id")) {
        resourceId = text(body, "id");
        resourceName = text(body, body.containsKey("userName") ? "userName" : "displayName");
      }
    }

    ProvisioningRecord toRecord(int durationMs, long bytesOut) {
      Object attributes = request.getProperty(BodyCounter.ATTRIBUTES);
      Object bytesIn = request.getProperty(BodyCounter.BYTES_IN);
      return new ProvisioningRecord(
          OffsetDateTime.now(ZoneOffset.UTC),
          actor.type(),
          actor.id(),
          actor.name(),
          method,
          path,
          resourceType,
          resourceId,
          resourceName != null ? resourceName : (String) request.getProperty(BodyCounter.NAME),
          status,
          scimType,
          detail,
          ErrorShape.of(detail),
          durationMs,
          bytesIn instanceof Long n ? n : declaredLength(request),
          bytesOut,
          (String) attributes);
    }

    private static long declaredLength(ContainerRequestContext request) {
      String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
      try {
        return length == null ? 0 : Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    private static String text(JsonObject body, String key) {
      JsonValue value = body.get(key);
      return value instanceof JsonString s ? s.getString() : null;
    }
  }
}
