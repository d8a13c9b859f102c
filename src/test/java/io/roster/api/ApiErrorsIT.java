package io.roster.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every {@code /api} failure is {@code {"status", "detail"}} as JSON, with a detail that names what
 * was wrong; {@code /scim} failures stay SCIM errors, so neither application's mappers leak into
 * the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiErrorsIT {
  static final String TOKENS = "/api/admin/scim/tokens";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static void assertApiError(HttpResponse<String> response, int status, String detail) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    JsonObject error = Http.json(response);
    assertEquals(Map.of("status", status, "detail", detail), plain(error), response.body());
  }

  private static Map<String, Object> plain(JsonObject error) {
    return Map.of("status", error.getInt("status"), "detail", error.getString("detail"));
  }

  private static HttpResponse<String> asAdmin(
      HttpRequest.Builder request, String method, String body, String contentType) {
    String basic = AdminApi.USER + ":" + AdminApi.PASSWORD;
    request.header(
        "Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes()));
    return Http.send(request, method, body, contentType);
  }

  @Test
  void jaxRsRefusalsNameWhatWasRefused() {
    assertApiError(AdminApi.get("/api/nowhere"), 404, "Nothing at /api/nowhere");
    HttpResponse<String> wrongMethod = AdminApi.send("DELETE", "/api/admin/scim", null);
    assertApiError(
        wrongMethod,
        405,
        "DELETE is not allowed on /api/admin/scim; allowed: GET, HEAD, OPTIONS, PUT");
    assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("PUT"));
    HttpRequest.Builder csv =
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/api/admin/scim"))
            .header("Accept", "text/csv");
    assertApiError(
        asAdmin(csv, "GET", null, null),
        406,
        "Cannot answer in a media type of the Accept header: text/csv");
    HttpRequest.Builder tokens = HttpRequest.newBuilder(URI.create(AdminApi.BASE + TOKENS));
    assertApiError(
        asAdmin(tokens, "POST", "name=x", "text/plain"),
        415,
        "The Content-Type text/plain is not accepted here");
    assertApiError(AdminApi.get("/api/admin/roles/nope"), 404, "No such role");
  }

  @Test
  void unreadableBodiesSayWhereOrWhichProperty() {
    String access = "/api/admin/roles/" + new UUID(0, 0) + "/access";
    String[][] cases = {
      {"POST", TOKENS, "{\"name\": ", "The request body is not valid JSON at line 1, column 18"},
      {
        "POST",
        TOKENS,
        "{\"name\": \"x\", \"expiresInDays\": \"soon\"}",
        "The value of expiresInDays has the wrong type"
      },
      {"POST", TOKENS, "[1]", "The request body is not the JSON object expected"},
      {
        "PUT",
        access,
        "{\"console\" \"view\"}",
        "The request body is not valid JSON at line 1, column 17"
      },
      {"PUT", access, "[\"view\"]", "The request body is not the JSON object expected"},
    };
    for (String[] c : cases) {
      assertApiError(AdminApi.send(c[0], c[1], c[2]), 400, c[3]);
    }
  }

  /** PostgreSQL refuses a NUL character in text: a failure no resource foresees. */
  @Test
  void unexpectedFailureIsA500WithAReferenceToTheLog() throws IOException {
    HttpResponse<String> response =
        AdminApi.send("POST", TOKENS, "{\"name\": \"nul \\u0000 in a name\"}");
    assertEquals(500, response.statusCode(), response.body());
    String detail = Http.json(response).getString("detail");
    assertTrue(detail.matches("Internal error, reference [0-9a-f-]{36}"), detail);
    String reference = detail.substring(detail.lastIndexOf(' ') + 1);
    Path log =
        Path.of(
            "target/liberty/wlp/usr/servers",
            System.getProperty("roster.test.server.name", "rosterIT"),
            "logs/messages.log");
    List<String> lines = Files.readAllLines(log);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(" W Unexpected error, reference " + reference)),
        "logged at WARNING with the reference");
  }

  @Test
  void scimKeepsItsOwnErrorsAndSaysWhyA400() {
    ScimTestClient scim = ScimTestClient.create();
    HttpResponse<String> malformed = scim.post("/scim/Users", "{not json");
    assertEquals(400, malformed.statusCode());
    JsonObject error = Http.json(malformed);
    assertEquals("invalidSyntax", error.getString("scimType"));
    assertEquals(
        "The request body is not valid JSON at line 1, column 3", error.getString("detail"));
    HttpResponse<String> wrongMethod = scim.send("PUT", "/scim/Users", "{}");
    assertEquals(405, wrongMethod.statusCode());
    assertEquals(
        "PUT is not allowed on /scim/Users; allowed: GET, HEAD, OPTIONS, POST",
        Http.json(wrongMethod).getString("detail"));
    HttpResponse<String> unknown = scim.get("/scim/nowhere");
    assertEquals(404, unknown.statusCode());
    assertEquals("Nothing at /scim/nowhere", Http.json(unknown).getString("detail"));
    assertEquals("404", Http.json(unknown).getString("status"), "the SCIM shape, not /api's");
  }
}
