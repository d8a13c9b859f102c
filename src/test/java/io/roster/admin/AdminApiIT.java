package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API over HTTP: Basic authentication, the audit trail of its actions, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static void assert401(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, Http.json(response).getInt("status"));
  }

  static List<JsonObject> audit(String query) {
    HttpResponse<String> response = AdminApi.get("/api/admin/audit?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonArray("entries").getValuesAs(JsonObject.class);
  }

  @Test
  void refusesMissingAndBadCredentials() {
    for (String path : List.of("/api/admin/scim", "/api/admin/scim/tokens", "/api/nowhere")) {
      assert401(
          Http.send(HttpRequest.newBuilder(URI.create(AdminApi.BASE + path)), "GET", null, null));
    }
    assert401(AdminApi.sendAs(AdminApi.USER, "wrong", "GET", "/api/admin/scim", null));
    assert401(AdminApi.sendAs("nobody", "wrong", "GET", "/api/admin/scim", null));
    assert401(
        Http.send(
            HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/api/admin/scim"))
                .header("Authorization", "Basic !!!"),
            "GET",
            null,
            null));
    assertEquals(200, AdminApi.get("/api/admin/scim").statusCode());
  }

  @Test
  void aBrowsersCrossSiteCallChangesNothing() {
    ScimTestClient.enableScim(true);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (AdminApi.USER + ":" + AdminApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder forged =
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/api/admin/scim"))
            .header("Authorization", "Basic " + basic)
            .header("Sec-Fetch-Site", "cross-site");
    HttpResponse<String> refused = Http.send(forged, "PUT", "{\"enabled\": false}", "text/plain");
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals(403, Http.json(refused).getInt("status"));
    assertTrue(Http.json(AdminApi.get("/api/admin/scim")).getBoolean("enabled"), "unchanged");
  }

  @Test
  void aCallerWithTooManyFailuresWaitsWithRetryAfter() throws InterruptedException {
    assertEquals(200, AdminApi.get("/api/admin/scim").statusCode(), "a success clears the address");
    String basic =
        "Basic " + Base64.getEncoder().encodeToString("nobody:x".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = null;
    for (int i = 0; i <= CallerThrottle.FREE_FAILURES; i++) {
      response =
          Http.send(
              HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/api/admin/scim"))
                  .header("Authorization", basic),
              "GET",
              null,
              null);
      assertEquals(i < CallerThrottle.FREE_FAILURES ? 401 : 429, response.statusCode());
    }
    assertEquals(429, Http.json(response).getInt("status"));
    assertTrue(Http.json(response).getString("detail").contains("address"));
    long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(1, retryAfter);
    assertEquals(429, AdminApi.get("/api/admin/scim").statusCode(), "the right password waits too");
    Thread.sleep(retryAfter * 1000);
    assertEquals(200, AdminApi.get("/api/admin/scim").statusCode(), "and then clears the address");
  }

  @Test
  void auditRecordsTokenAndSwitchActionsWithTheAdminAsActor() {
    String since =
        URLEncoder.encode(OffsetDateTime.now().minusMinutes(1).toString(), StandardCharsets.UTF_8);
    ScimTestClient scim = ScimTestClient.create();
    AdminApi.send("DELETE", "/api/admin/scim/tokens/" + scim.tokenId(), null);
    ScimTestClient.enableScim(false);
    ScimTestClient.enableScim(true);

    for (String action : List.of("scim.token.created", "scim.token.revoked")) {
      List<JsonObject> entries = audit("action=" + action + "&target=" + scim.tokenId());
      assertEquals(1, entries.size(), action);
      JsonObject entry = entries.get(0);
      assertEquals("admin", entry.getJsonObject("actor").getString("name"));
      assertEquals("Token", entry.getString("targetType"));
      assertEquals("success", entry.getString("outcome"));
      assertTrue(!entry.toString().contains(scim.token()), "no secret in the audit log");
    }
    assertTrue(audit("action=scim.disabled&from=" + since).size() >= 1);
    assertTrue(audit("action=scim.enabled&from=" + since + "&actor=admin").size() >= 1);
    assertEquals(1, audit("action=admin.login.succeeded&limit=1").size());
  }

  @Test
  void auditRecordsRefusedRequestsSampled() {
    AdminApi.sendAs("nobody", "wrong", "GET", "/api/admin/scim", null);
    ScimTestClient.enableScim(true);
    HttpRequest.Builder noToken =
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/scim/ServiceProviderConfig"));
    long before = total("action=scim.request.rejected");
    for (int i = 0; i < 20; i++) {
      assertEquals(401, Http.send(noToken, "GET", null, null).statusCode());
    }
    long after = total("action=scim.request.rejected");
    assertTrue(after >= 1, "refusals are audited");
    assertTrue(after - before <= 2, "but sampled: " + (after - before) + " entries for 20");
    assertTrue(audit("action=admin.login.failed").size() >= 1);
  }

  @Test
  void auditPagingAndValidation() {
    JsonObject page = Http.json(AdminApi.get("/api/admin/audit?offset=0&limit=2"));
    assertTrue(page.getJsonArray("entries").size() <= 2);
    assertTrue(page.getJsonNumber("total").longValue() >= page.getJsonArray("entries").size());
    assertEquals(400, AdminApi.get("/api/admin/audit?from=yesterday").statusCode());
    assertEquals(400, AdminApi.get("/api/admin/audit?limit=0").statusCode());
  }

  @Test
  void openApiDescribesTheAdminApi() {
    HttpResponse<String> openapi =
        Http.send(
            HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/openapi?format=JSON")),
            "GET",
            null,
            null);
    assertEquals(200, openapi.statusCode());
    JsonObject paths = Http.json(openapi).getJsonObject("paths");
    for (String path :
        List.of(
            "/api/admin/scim",
            "/api/admin/scim/tokens",
            "/api/admin/scim/tokens/{id}",
            "/api/admin/audit",
            "/api/admin/roles",
            "/api/admin/roles/{id}/access",
            "/api/admin/sso",
            "/api/admin/sso/oidc",
            "/api/access/{userName}")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
  }

  static long total(String query) {
    return Http.json(AdminApi.get("/api/admin/audit?limit=1&" + query))
        .getJsonNumber("total")
        .longValue();
  }
}
