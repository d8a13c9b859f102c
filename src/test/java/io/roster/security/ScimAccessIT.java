package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP, as an identity provider and an admin see the SCIM switch and tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimAccessIT {
  static final List<String> SCIM_PATHS =
      List.of(
          "/scim/ServiceProviderConfig",
          "/scim/v2/ServiceProviderConfig",
          "/scim/Users",
          "/scim/v2/Groups/123",
          "/scim/NoSuchThing");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static HttpResponse<String> scimWith(String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/scim/ServiceProviderConfig"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request, "GET", null, null);
  }

  static void assertScim401(HttpResponse<String> response, String detailPart) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        response.headers().toString());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
    JsonObject error = Http.json(response);
    assertEquals("401", error.getString("status"));
    assertTrue(error.getString("detail").contains(detailPart), error.toString());
  }

  @Test
  void disabledRefusesEverySciMPathEvenWithAValidToken() {
    ScimTestClient scim = ScimTestClient.create();
    ScimTestClient.enableScim(false);
    try {
      JsonObject settings = Http.json(AdminApi.get("/api/admin/scim"));
      assertFalse(settings.getBoolean("enabled"));
      for (String path : SCIM_PATHS) {
        assertScim401(scim.get(path), "disabled");
      }
      assertScim401(scim.post("/scim/Users", "{}"), "disabled");
    } finally {
      ScimTestClient.enableScim(true);
    }
    assertEquals(200, scim.get("/scim/ServiceProviderConfig").statusCode());
  }

  @Test
  void withoutAValidTokenTheAnswerSaysNothingOfTheSwitch() {
    String unknown = "Bearer rst_" + "B".repeat(43);
    ScimTestClient.enableScim(true);
    HttpResponse<String> whenOn = scimWith(unknown);
    ScimTestClient.enableScim(false);
    try {
      for (String authorization : Arrays.asList(null, "non-token", unknown)) {
        HttpResponse<String> whenOff = scimWith(authorization);
        assertScim401(whenOff, "bearer token");
        assertEquals(whenOn.body(), whenOff.body());
      }
    } finally {
      ScimTestClient.enableScim(true);
    }
  }

  @Test
  void aTokenTriedOnTheWrongEndpointIsNotNotedAsUsed() {
    ScimTestClient.enableScim(true);
    JsonObject token = Http.json(created("{\"name\": \"host app\", \"scope\": \"access\"}"));
    assertScim401(scimWith("Bearer " + token.getString("token")), "bearer token");
    JsonObject listed = listed(token.getString("id"));
    assertTrue(listed.isNull("lastUsedAt"), listed.toString());
  }

  private static HttpResponse<String> created(String json) {
    HttpResponse<String> created = AdminApi.send("POST", "/api/admin/scim/tokens", json);
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  private static JsonObject listed(String id) {
    return Http.jsonArray(AdminApi.get("/api/admin/scim/tokens"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void settingsShowTheEndpointUrl() {
    JsonObject settings = Http.json(AdminApi.send("PUT", "/api/admin/scim", "{\"enabled\": true}"));
    assertTrue(settings.getBoolean("enabled"));
    assertEquals(AdminApi.BASE + "/scim", settings.getString("endpoint"));
    assertEquals(400, AdminApi.send("PUT", "/api/admin/scim", "{}").statusCode());
  }

  @Test
  void requestsWithoutAValidBearerTokenAreRefused() {
    ScimTestClient.enableScim(true);
    assertScim401(scimWith(null), "bearer token");
    assertScim401(scimWith("non-token"), "bearer token");
    assertScim401(scimWith("Bearer "), "bearer token");
    String unknown = "rst_" + "A".repeat(43);
    HttpResponse<String> refused = scimWith("Bearer " + unknown);
    assertScim401(refused, "bearer token");
    assertFalse(refused.body().contains(unknown), "the token is never echoed");
  }

  @Test
  void twoActiveTokensBothWorkAndARevokedOneStopsOnTheNextCall() {
    ScimTestClient first = ScimTestClient.create();
    ScimTestClient second = ScimTestClient.create();
    assertEquals(200, first.get("/scim/ServiceProviderConfig").statusCode());
    assertEquals(200, second.get("/scim/v2/ServiceProviderConfig").statusCode());

    HttpResponse<String> revoked =
        AdminApi.send("DELETE", "/api/admin/scim/tokens/" + first.tokenId(), null);
    assertEquals(204, revoked.statusCode(), revoked.body());
    assertScim401(first.get("/scim/ServiceProviderConfig"), "bearer token");
    assertEquals(200, second.get("/scim/ServiceProviderConfig").statusCode());
    assertEquals(
        404,
        AdminApi.send("DELETE", "/api/admin/scim/tokens/" + first.tokenId(), null).statusCode());
  }

  @Test
  void createdTokenIsShownOnceAndListedWithoutSecret() {
    ScimTestClient.enableScim(true);
    HttpResponse<String> created = created("{\"name\": \"Okta prod\", \"expiresInDays\": 30}");
    JsonObject token = Http.json(created);
    String secret = token.getString("token");
    assertTrue(secret.startsWith("rst_"));
    assertEquals("Okta prod", token.getString("name"));
    assertTrue(token.containsKey("createdAt") && token.containsKey("expiresAt"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith(token.getString("id")));

    HttpResponse<String> used = scimWith("Bearer " + secret);
    assertEquals(200, used.statusCode(), used.body());

    HttpResponse<String> list = AdminApi.get("/api/admin/scim/tokens");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains(secret), "no secret in the list");
    assertFalse(list.body().contains(TokenSecrets.hash(secret)), "no hash in the list");
    JsonObject listed = listed(token.getString("id"));
    assertFalse(listed.isNull("lastUsedAt"), listed.toString());
    assertFalse(listed.containsKey("token"));

    ScimTestClient unused = ScimTestClient.create();
    JsonObject fresh = listed(unused.tokenId());
    assertTrue(fresh.isNull("lastUsedAt") && fresh.isNull("expiresAt"), fresh.toString());
  }

  @Test
  void tokenRequestsAreValidated() {
    assertEquals(400, AdminApi.send("POST", "/api/admin/scim/tokens", "{}").statusCode());
    HttpResponse<String> badExpiry =
        AdminApi.send("POST", "/api/admin/scim/tokens", "{\"name\": \"x\", \"expiresInDays\": 0}");
    assertEquals(400, badExpiry.statusCode());
    assertTrue(Http.json(badExpiry).getString("detail").contains("expiresInDays"));
    assertEquals(404, AdminApi.send("DELETE", "/api/admin/scim/tokens/nope", null).statusCode());
  }
}
