package io.roster.api;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin API's error body: {@code {"status": 400, "detail": "..."}}. */
public final class ApiErrors {
  private ApiErrors() {}

  public static Response.ResponseBuilder response(int status, String detail) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(status, detail));
  }

  public static JsonObject body(int status, String detail) {
    return Jsons.createObjectBuilder().add("status", status).add("detail", detail).build();
  }
}
