package io.roster.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The harness's webhook endpoints, through {@code /api/admin/webhooks} as an operator would add
 * them. Their URLs end in {@value #PATH}, so that one a killed run left behind is recognised and
 * deleted before the next run measures anything.
 */
final class WebhookEndpoints {
  static final String PATH = "/roster-bench-hook";
  private static final String API = "/api/admin/webhooks";

  /** An endpoint as created: its id and its secret, which Roster shows this once. */
  record Endpoint(String id, String secret) {}

  private final AdminApi admin;

  WebhookEndpoints(AdminApi admin) {
    this.admin = admin;
  }

  /**
   * An endpoint for the given types, every type when {@code types} is empty.
   *
   * @throws IllegalStateException when Roster refuses it (a 400 for 127.0.0.1 means the server
   *     lacks {@code ROSTER_WEBHOOKS_ALLOWED_NETWORKS=127.0.0.0/8})
   */
  Endpoint create(String url, List<String> types) {
    JsonObjectBuilder body = UserJson.JSON.createObjectBuilder().add("url", url);
    if (!types.isEmpty()) {
      JsonArrayBuilder array = UserJson.JSON.createArrayBuilder();
      types.forEach(array::add);
      body.add("types", array);
    }
    HttpResponse<String> answer = admin.send("POST", API, body.build().toString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(
          "POST "
              + API
              + " answered "
              + answer.statusCode()
              + " "
              + answer.body()
              + (answer.statusCode() == 400
                  ? " (start the server with ROSTER_WEBHOOKS_ALLOWED_NETWORKS=127.0.0.0/8)"
                  : ""));
    }
    JsonObject created = AdminApi.parse(answer.body());
    return new Endpoint(
        created.getJsonObject("endpoint").getString("id"), created.getString("secret"));
  }

  void delete(String id) {
    HttpResponse<String> answer = admin.send("DELETE", API + "/" + id, null);
    if (answer.statusCode() != 204 && answer.statusCode() != 404) {
      throw new IllegalStateException(
          "DELETE " + API + "/" + id + " answered " + answer.statusCode());
    }
  }

  /** Deletes the endpoints of the harness a previous, interrupted run left. */
  void deleteLeftovers() {
    HttpResponse<String> answer = admin.send("GET", API, null);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET " + API + " answered " + answer.statusCode());
    }
    for (JsonValue endpoint : AdminApi.parse(answer.body()).getJsonArray("endpoints")) {
      JsonObject e = endpoint.asJsonObject();
      if (e.getString("url").endsWith(PATH)) {
        delete(e.getString("id"));
      }
    }
  }
}
