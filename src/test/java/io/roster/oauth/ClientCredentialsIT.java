package io.roster.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP, as Entra obtains tokens with a client secret and provisions with them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientCredentialsIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void aClientGetsATokenByBasicOrPostAndProvisionsWithIt() {
    OAuthTestClient client = OAuthTestClient.create("Entra tenant A");
    assertTrue(client.secret().startsWith("rcs_"), client.secret());

    HttpResponse<String> basic = client.tokenWithBasic(client.secret());
    assertEquals(200, basic.statusCode(), basic.body());
    assertEquals("no-store", basic.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        basic.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject token = Http.json(basic);
    assertEquals("Bearer", token.getString("token_type"));
    assertEquals(3600, token.getInt("expires_in"));
    assertEquals("scim", token.getString("scope"));
    String accessToken = token.getString("access_token");
    assertTrue(accessToken.startsWith("rat_"), accessToken);

    String userName = "oauth-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created =
        OAuthTestClient.scim(
            accessToken,
            "POST",
            "/scim/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"active\":true,\"externalId\":\""
                + UUID.randomUUID()
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    String id = Http.json(created).getString("id");
    HttpResponse<String> disabled =
        OAuthTestClient.scim(
            accessToken,
            "PATCH",
            "/scim/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                + "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}]}");
    assertTrue(disabled.statusCode() == 200 || disabled.statusCode() == 204, disabled.body());

    HttpResponse<String> post = client.tokenWithPost(client.secret());
    assertEquals(200, post.statusCode(), post.body());
    HttpResponse<String> okta =
        OAuthTestClient.scim(
            Http.json(post).getString("access_token"),
            "GET",
            "/scim/Users?filter="
                + ScimClient.q("userName eq \"" + userName + "\"")
                + "&startIndex=1&count=100",
            null);
    assertEquals(200, okta.statusCode(), okta.body());
    assertEquals(1, Http.json(okta).getInt("totalResults"));

    JsonObject audit =
        Http.json(AdminApi.get("/api/admin/audit?target=" + id + "&action=user.created"));
    JsonObject actor = audit.getJsonArray("entries").getJsonObject(0).getJsonObject("actor");
    assertEquals("oauth-client", actor.getString("type"));
    assertEquals(client.clientId(), actor.getString("id"));
    assertEquals("Entra tenant A", actor.getString("name"));
    JsonObject issued =
        Http.json(
            AdminApi.get(
                "/api/admin/audit?target=" + client.clientId() + "&action=oauth.token.issued"));
    assertEquals(2, issued.getInt("total"));
    assertFalse(issued.toString().contains(accessToken), "no token in the audit log");
  }

  @Test
  void severalSecretsRotateAndARevokedOneStopsItsTokensAtOnce() {
    OAuthTestClient client = OAuthTestClient.create("rotation");
    HttpResponse<String> added =
        AdminApi.send("POST", client.path() + "/secrets", "{\"expiresInDays\": 365}");
    assertEquals(201, added.statusCode(), added.body());
    JsonObject second = Http.json(added);
    String secondSecret = second.getString("secret");

    String oldToken = client.accessToken();
    assertEquals(
        200, OAuthTestClient.scim(oldToken, "GET", "/scim/Users?count=1", null).statusCode());
    assertEquals(200, client.tokenWithBasic(secondSecret).statusCode());

    HttpResponse<String> list = AdminApi.get(client.path() + "/secrets");
    assertEquals(2, Http.jsonArray(list).size(), list.body());
    assertFalse(list.body().contains(client.secret()) || list.body().contains(secondSecret));
    assertTrue(list.body().contains("lastUsedAt") && list.body().contains("expiresAt"));

    HttpResponse<String> revoked =
        AdminApi.send("DELETE", client.path() + "/secrets/" + client.secretId(), null);
    assertEquals(204, revoked.statusCode(), revoked.body());
    assertEquals(
        401, OAuthTestClient.scim(oldToken, "GET", "/scim/Users?count=1", null).statusCode());
    assertInvalidClient(client.tokenWithBasic(client.secret()));
    assertEquals(200, client.tokenWithPost(secondSecret).statusCode(), "the other secret works");
    assertEquals(
        404,
        AdminApi.send("DELETE", client.path() + "/secrets/" + client.secretId(), null)
            .statusCode());
  }

  @Test
  void aDisabledOrDeletedClientsTokensGet401OnTheNextRequest() {
    OAuthTestClient client = OAuthTestClient.create("disabled later");
    String token = client.accessToken();
    assertEquals(
        200, OAuthTestClient.scim(token, "GET", "/scim/Groups?count=1", null).statusCode());

    HttpResponse<String> off = AdminApi.send("PUT", client.path(), "{\"enabled\": false}");
    assertEquals(200, off.statusCode(), off.body());
    assertFalse(Http.json(off).getBoolean("enabled"));
    HttpResponse<String> refused = OAuthTestClient.scim(token, "GET", "/scim/Groups", null);
    assertEquals(401, refused.statusCode());
    assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertInvalidClient(client.tokenWithBasic(client.secret()));

    assertEquals(200, AdminApi.send("PUT", client.path(), "{\"enabled\": true}").statusCode());
    assertEquals(200, OAuthTestClient.scim(token, "GET", "/scim/Groups", null).statusCode());

    assertEquals(204, AdminApi.send("DELETE", client.path(), null).statusCode());
    assertEquals(401, OAuthTestClient.scim(token, "GET", "/scim/Groups", null).statusCode());
    assertEquals(404, AdminApi.get(client.path()).statusCode());
    assertInvalidClient(client.tokenWithBasic(client.secret()));
  }

  @Test
  void theTokenEndpointAnswersEveryErrorOfRfc6749() {
    OAuthTestClient client = OAuthTestClient.create("errors");
    String auth = "client_id=" + client.clientId() + "&client_secret=" + client.secret();
    assertError(400, "invalid_request", OAuthTestClient.token(auth, null));
    assertError(
        400, "unsupported_grant_type", OAuthTestClient.token("grant_type=password&" + auth, null));
    assertError(
        400,
        "invalid_scope",
        OAuthTestClient.token("grant_type=client_credentials&scope=admin&" + auth, null));
    assertEquals(
        200,
        OAuthTestClient.token("grant_type=client_credentials&scope=scim&" + auth, null)
            .statusCode());
    assertError(
        400,
        "invalid_request",
        OAuthTestClient.token(
            "grant_type=client_credentials&grant_type=client_credentials&" + auth, null));
    assertError(
        400,
        "invalid_request",
        Http.send(
            java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(AdminApi.BASE + "/oauth/token")),
            "POST",
            "{\"grant_type\":\"client_credentials\"}",
            "application/json"));
    HttpResponse<String> twoMethods =
        OAuthTestClient.token(
            "grant_type=client_credentials&" + auth,
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString((client.clientId() + ":" + client.secret()).getBytes()));
    assertError(400, "invalid_request", twoMethods);
    assertInvalidClient(OAuthTestClient.token("grant_type=client_credentials", null));
    HttpResponse<String> wrong = client.tokenWithBasic("rcs_wrong");
    assertInvalidClient(wrong);
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertInvalidClient(
        OAuthTestClient.token(
            "grant_type=client_credentials&client_id=not-a-client&client_secret=x", null));
  }

  @Test
  void repeatedFailuresOfOneClientAreThrottled() throws InterruptedException {
    OAuthTestClient client = OAuthTestClient.create("guessed");
    for (int i = 0; i < FailureThrottle.FREE_FAILURES; i++) {
      assertInvalidClient(client.tokenWithPost("rcs_guess" + i));
    }
    HttpResponse<String> throttled = client.tokenWithPost(client.secret());
    assertEquals(429, throttled.statusCode(), throttled.body());
    assertEquals("1", throttled.headers().firstValue("Retry-After").orElse(""));
    assertEquals("no-store", throttled.headers().firstValue("Cache-Control").orElse(""));
    Thread.sleep(1100);
    assertEquals(200, client.tokenWithPost(client.secret()).statusCode());
  }

  @Test
  void adminApiChecksItsInput() {
    assertEquals(400, AdminApi.send("POST", OAuthTestClient.CLIENTS, "{}").statusCode());
    for (String bad :
        List.of(
            "{\"name\":\"x\",\"accessTokenMinutes\":59}",
            "{\"name\":\"x\",\"accessTokenMinutes\":361}",
            "{\"name\":\"x\",\"secretExpiresInDays\":364}",
            "{\"name\":\"x\",\"secretExpiresInDays\":1096}")) {
      HttpResponse<String> refused = AdminApi.send("POST", OAuthTestClient.CLIENTS, bad);
      assertEquals(400, refused.statusCode(), bad + " " + refused.body());
    }
    HttpResponse<String> sixHours =
        AdminApi.send(
            "POST", OAuthTestClient.CLIENTS, "{\"name\":\"long\",\"accessTokenMinutes\":360}");
    assertEquals(201, sixHours.statusCode(), sixHours.body());
    assertEquals(360, Http.json(sixHours).getJsonObject("client").getInt("accessTokenMinutes"));
    assertEquals(404, AdminApi.get(OAuthTestClient.CLIENTS + "/" + UUID.randomUUID()).statusCode());
    assertEquals(404, AdminApi.get(OAuthTestClient.CLIENTS + "/nope/secrets").statusCode());
    assertEquals(
        401, AdminApi.sendAs("admin", "wrong", "GET", OAuthTestClient.CLIENTS, null).statusCode());
  }

  @Test
  void discoveryDescribesTheTokenEndpoint() {
    HttpResponse<String> metadata = AdminApi.get("/.well-known/oauth-authorization-server");
    assertEquals(200, metadata.statusCode(), metadata.body());
    JsonObject doc = Http.json(metadata);
    assertEquals(AdminApi.BASE, doc.getString("issuer"));
    assertEquals(AdminApi.BASE + "/oauth/token", doc.getString("token_endpoint"));
    assertEquals("client_credentials", doc.getJsonArray("grant_types_supported").getString(0));
    assertTrue(
        doc.getJsonArray("token_endpoint_auth_methods_supported")
            .toString()
            .contains("private_key_jwt"));

    JsonObject paths = Http.json(AdminApi.get("/openapi?format=JSON")).getJsonObject("paths");
    for (String path :
        List.of(
            "/api/admin/oauth/clients",
            "/api/admin/oauth/clients/{id}/secrets/{secretId}",
            "/api/admin/oauth/clients/{id}/credentials")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }

    String token = OAuthTestClient.create("discovery").accessToken();
    JsonObject config =
        Http.json(OAuthTestClient.scim(token, "GET", "/scim/ServiceProviderConfig", null));
    assertEquals(
        "oauth2", config.getJsonArray("authenticationSchemes").getJsonObject(1).getString("type"));
  }

  static void assertInvalidClient(HttpResponse<String> answer) {
    assertError(401, "invalid_client", answer);
    assertTrue(answer.headers().firstValue("WWW-Authenticate").isPresent());
  }

  static void assertError(int status, String error, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(error, Http.json(answer).getString("error"), answer.body());
    assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
  }
}
