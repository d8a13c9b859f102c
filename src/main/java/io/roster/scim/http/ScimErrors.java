package io.roster.scim.http;

import io.roster.scim.error.ScimType;
import io.roster.scim.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds the RFC 7644 §3.12 error body; {@code status} is a string there, as Okta expects. */
public final class ScimErrors {
  public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimErrors() {}

  public static Response response(int status, ScimType scimType, String detail) {
    return Response.status(status)
        .type(ScimMediaType.SCIM_JSON)
        .entity(body(status, scimType, detail))
        .build();
  }

  public static JsonObject body(int status, ScimType scimType, String detail) {
    JsonObjectBuilder body =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(ERROR_SCHEMA))
            .add("status", String.valueOf(status));
    if (scimType != null) {
      body.add("scimType", scimType.wire());
    }
    if (detail != null) {
      body.add("detail", detail);
    }
    return body.build();
  }
}
