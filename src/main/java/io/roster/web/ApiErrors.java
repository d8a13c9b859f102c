package io.roster.web;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin API's error body: {@code {"status": 400, "detail": "..."}}. */
public final class ApiErrors {
  private ApiErrors() {}

  public static Response.ResponseBuilder response(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("status", status).add("detail", detail).build());
  }
}
