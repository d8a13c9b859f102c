package io.roster.webhook;

import io.roster.scim.json.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/webhooks}: endpoints, their secrets and their delivery log. */
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RequestScoped
public class WebhooksResource {
  @Inject Webhooks webhooks;

  @GET
  @Operation(summary = "Webhook endpoints, newest first")
  public JsonObject list() {
    JsonArrayBuilder endpoints = Jsons.createArrayBuilder();
    webhooks.list().forEach(e -> endpoints.add(json(e)));
    return Jsons.createObjectBuilder().add("endpoints", endpoints).build();
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return json(webhooks.get(id(id)).orElseThrow(WebhooksResource::notFound));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an endpoint {url, types?}; its secret is in this answer only")
  public Response create(JsonObject body) {
    Webhooks.Created created =
        refusing(() -> webhooks.create(string(body, "url"), types(body.get("types"))));
    return Response.status(201)
        .entity(
            Jsons.createObjectBuilder()
                .add("endpoint", json(created.endpoint()))
                .add("secret", created.secret())
                .build())
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change url, types or enabled; enabling clears the failure state")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    Boolean enabled = null;
    if (body.containsKey("enabled")) {
      JsonValue value = body.get("enabled");
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw new BadRequestException("enabled must be true or false");
      }
      enabled = value == JsonValue.TRUE;
    }
    Boolean on = enabled;
    List<String> types = body.containsKey("types") ? types(body.get("types")) : null;
    String url = body.containsKey("url") ? string(body, "url") : null;
    return json(
        refusing(() -> webhooks.update(id(id), url, types, on))
            .orElseThrow(WebhooksResource::notFound));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    if (!webhooks.delete(id(id))) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/secret")
  @Operation(summary = "A new secret (shown once); the old one still signs for 24 hours")
  public JsonObject rotate(@PathParam("id") String id) {
    String secret = webhooks.rotateSecret(id(id)).orElseThrow(WebhooksResource::notFound);
    return Jsons.createObjectBuilder().add("secret", secret).build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "The delivery log, newest first; limit 1-500 (50)")
  public JsonObject deliveries(@PathParam("id") String id, @QueryParam("limit") String limit) {
    UUID endpoint = id(id);
    webhooks.get(endpoint).orElseThrow(WebhooksResource::notFound);
    JsonArrayBuilder list = Jsons.createArrayBuilder();
    webhooks.deliveries(endpoint, limit(limit)).forEach(d -> list.add(json(d)));
    return Jsons.createObjectBuilder().add("deliveries", list).build();
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  public Response redeliver(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    long delivery;
    try {
      delivery = Long.parseLong(deliveryId);
    } catch (NumberFormatException e) {
      throw notFound();
    }
    if (!webhooks.redeliver(id(id), delivery)) {
      throw notFound();
    }
    return Response.accepted().build();
  }

  @POST
  @Path("{id}/test")
  @Operation(summary = "Queue a webhook.test event for this endpoint")
  public Response test(@PathParam("id") String id) {
    if (!webhooks.sendTest(id(id))) {
      throw notFound();
    }
    return Response.accepted().build();
  }

  static JsonObject json(Endpoint e) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", e.id().toString())
            .add("url", e.url())
            .add("types", Jsons.createArrayBuilder(e.types()))
            .add("enabled", e.enabled())
            .add("createdAt", e.createdAt().toString());
    optional(json, "disabledReason", e.disabledReason());
    optional(json, "failingSince", e.failingSince());
    optional(json, "previousSecretUntil", e.previousSecretUntil());
    return json.build();
  }

  static JsonObject json(Delivery d) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", d.id())
            .add("eventType", d.eventType())
            .add("state", d.state())
            .add("attempts", d.attempts())
            .add("createdAt", d.createdAt().toString());
    if (d.eventId() != null) {
      json.add("eventId", d.eventId().toString());
    }
    optional(json, "lastAttemptAt", d.lastAttemptAt());
    if (d.lastStatus() != null) {
      json.add("lastStatus", d.lastStatus());
    }
    if (d.lastLatencyMs() != null) {
      json.add("lastLatencyMs", d.lastLatencyMs());
    }
    optional(json, "lastResponse", d.lastResponse());
    return json.build();
  }

  private static void optional(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof OffsetDateTime time) {
      json.add(name, time.toString());
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static List<String> types(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new BadRequestException("types must be an array of event types");
    }
    List<String> types = new ArrayList<>();
    for (JsonValue type : array) {
      if (!(type instanceof JsonString s)) {
        throw new BadRequestException("types must be an array of event types");
      }
      types.add(s.getString());
    }
    return types;
  }

  private static String string(JsonObject body, String name) {
    if (!(body.get(name) instanceof JsonString s)) {
      throw new BadRequestException(name + " is required");
    }
    return s.getString();
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return 50;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= 500) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException("limit must be a whole number from 1 to 500");
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No such webhook endpoint or delivery");
  }
}
