package io.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP, as an operator's probe and an identity provider see the server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndDiscoveryIT {
  static final String BASE =
      "http://localhost:" + System.getProperty("roster.test.http.port", "9180");
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void readyWhenTheDatabaseAnswers() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("UP", json(ready).getString("status"));

    assertEquals(200, get("/health/live").statusCode());
  }

  @Test
  void serviceProviderConfigOnBothBasePaths() throws Exception {
    ScimTestClient scim = ScimTestClient.create();
    for (String base : new String[] {"/scim", "/scim/v2"}) {
      HttpResponse<String> response = scim.get(base + "/ServiceProviderConfig");
      assertEquals(200, response.statusCode(), base + ": " + response.body());
      assertTrue(
          response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/scim+json"));
      JsonObject config = json(response);
      assertTrue(config.getJsonObject("patch").getBoolean("supported"));
      assertEquals(
          "oauthbearertoken",
          config.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"));
    }
  }

  /** A forward skips the console's login filter: the alias must never lead out of /scim. */
  @Test
  void theV2AliasNeverLeadsOutOfScim() {
    ScimTestClient scim = ScimTestClient.create();
    for (String path :
        new String[] {
          "/scim/v2/%2e%2e/console/settings/sso.xhtml",
          "/scim/v2/%2E%2E/console/",
          "/scim/v2/Users/%2e%2e/%2e%2e/console/"
        }) {
      HttpResponse<String> response = scim.get(path);
      // Liberty itself refuses an encoded '..' (400); the alias refuses a decoded one (404).
      assertTrue(
          response.statusCode() == 400 || response.statusCode() == 404,
          path + ": " + response.statusCode());
      assertFalse(response.body().contains("jakarta.faces.ViewState"), path);
    }
  }
}
