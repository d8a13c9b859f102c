package io.roster.oauth;

import static io.roster.oauth.ClientCredentialsIT.assertInvalidClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP, as Entra authenticates with workload identity federation (RFC 7523 assertions). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FederationIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void aSignedAssertionGetsATokenAndEveryBadOneIsRefused() {
    Issuer issuer = Issuer.rsa("rsa-1");
    OAuthTestClient client = OAuthTestClient.create("federated");
    String credentialId = addCredential(client, "subject-a", "\"jwks\": " + quoted(issuer.jwks()));

    String assertion = issuer.assertion(Issuer.claims().subject("subject-a").build());
    HttpResponse<String> answer = exchange(client.clientId(), assertion);
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    String token = Http.json(answer).getString("access_token");
    assertEquals(200, OAuthTestClient.scim(token, "GET", "/scim/Users?count=1", null).statusCode());

    assertInvalidClient(exchange(client.clientId(), assertion));
    // Without client_id the refusals count towards the caller address only, not the client,
    // whose throttle would step in after five.
    String valid = issuer.assertion(Issuer.claims().subject("subject-a").build());
    assertInvalidClient(exchange(null, tamper(valid)));
    assertInvalidClient(
        exchange(
            null,
            issuer.assertion(Issuer.claims().subject("subject-a").audience("other").build())));
    assertInvalidClient(exchange(null, issuer.assertion()));
    assertInvalidClient(
        exchange(
            null,
            issuer.assertion(
                Issuer.claims()
                    .subject("subject-a")
                    .expirationTime(Date.from(Instant.now().minusSeconds(120)))
                    .build())));
    assertInvalidClient(exchange(null, Issuer.rsa("rsa-1").assertion(claimsFor("subject-a"))));
    assertInvalidClient(exchange(null, "not.a.jwt"));
    assertEquals(200, exchange(client.clientId(), valid).statusCode(), "the untampered one");

    HttpResponse<String> revoked =
        AdminApi.send("DELETE", client.path() + "/credentials/" + credentialId, null);
    assertEquals(204, revoked.statusCode(), revoked.body());
    assertEquals(401, OAuthTestClient.scim(token, "GET", "/scim/Users?count=1", null).statusCode());
    assertInvalidClient(exchange(client.clientId(), issuer.assertion(claimsFor("subject-a"))));
  }

  @Test
  void anEs256AssertionWithoutClientIdFindsItsClient() {
    Issuer issuer = Issuer.ec("ec-1");
    OAuthTestClient client = OAuthTestClient.create("federated EC");
    addCredential(client, "subject-ec", "\"jwks\": " + quoted(issuer.jwks()));
    HttpResponse<String> answer = exchange(null, issuer.assertion(claimsFor("subject-ec")));
    assertEquals(200, answer.statusCode(), answer.body());

    HttpResponse<String> listed = AdminApi.get(client.path() + "/credentials");
    JsonObject credential = Http.jsonArray(listed).getJsonObject(0);
    assertEquals("subject-ec", credential.getString("subject"));
    assertFalse(credential.isNull("lastUsedAt"));
    assertFalse(listed.body().contains("\"d\""), "no private key part is stored");
  }

  @Test
  void aKeyRotationAtTheIssuerIsPickedUpFromItsJwksUrl() throws IOException {
    Issuer first = Issuer.rsa("rotating-1");
    Issuer second = Issuer.rsa("rotating-2");
    AtomicReference<String> published = new AtomicReference<>(first.jwks());
    AtomicInteger fetches = new AtomicInteger();
    HttpServer jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwksServer.createContext(
        "/jwks",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    jwksServer.start();
    try {
      OAuthTestClient client = OAuthTestClient.create("federated by URL");
      String url = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks";
      addCredential(client, "subject-url", "\"jwksUrl\": \"" + url + "\"");

      assertEquals(
          200, exchange(client.clientId(), first.assertion(claimsFor("subject-url"))).statusCode());
      assertEquals(
          200, exchange(client.clientId(), first.assertion(claimsFor("subject-url"))).statusCode());
      assertEquals(1, fetches.get(), "the JWKS is cached");

      published.set(
          new JWKSet(java.util.List.of(first.publicKey(), second.publicKey())).toString());
      HttpResponse<String> rotated =
          exchange(client.clientId(), second.assertion(claimsFor("subject-url")));
      assertEquals(200, rotated.statusCode(), rotated.body());
      assertEquals(2, fetches.get(), "an unknown kid fetches the JWKS again");
    } finally {
      jwksServer.stop(0);
    }
  }

  @Test
  void credentialsAreChecked() {
    OAuthTestClient client = OAuthTestClient.create("bad credentials");
    String base =
        "\"name\":\"x\",\"issuer\":\"" + Issuer.ISSUER + "\",\"subject\":\"s\",\"audience\":\"a\"";
    for (String bad :
        java.util.List.of(
            "{" + base + "}",
            "{" + base + ",\"jwksUrl\":\"http://example.com/keys\"}",
            "{" + base + ",\"jwks\":\"{}\"}",
            "{" + base + ",\"jwks\":\"not json\"}",
            "{\"name\":\"x\",\"subject\":\"s\",\"audience\":\"a\",\"jwksUrl\":\"https://e.test/k\"}")) {
      HttpResponse<String> refused = AdminApi.send("POST", client.path() + "/credentials", bad);
      assertEquals(400, refused.statusCode(), bad + " " + refused.body());
    }
  }

  static String addCredential(OAuthTestClient client, String subject, String keys) {
    String body =
        "{\"name\":\"Entra\",\"issuer\":\""
            + Issuer.ISSUER
            + "\",\"subject\":\""
            + subject
            + "\",\"audience\":\""
            + Issuer.AUDIENCE
            + "\","
            + keys
            + "}";
    HttpResponse<String> added = AdminApi.send("POST", client.path() + "/credentials", body);
    assertEquals(201, added.statusCode(), added.body());
    assertTrue(added.headers().firstValue("Location").isPresent());
    return Http.json(added).getString("id");
  }

  static HttpResponse<String> exchange(String clientId, String assertion) {
    String form =
        clientId == null
            ? OAuthTestClient.form(
                "grant_type",
                "client_credentials",
                "client_assertion_type",
                ClientAssertions.TYPE,
                "client_assertion",
                assertion)
            : OAuthTestClient.form(
                "grant_type",
                "client_credentials",
                "client_id",
                clientId,
                "client_assertion_type",
                ClientAssertions.TYPE,
                "client_assertion",
                assertion);
    return OAuthTestClient.token(form, null);
  }

  static JWTClaimsSet claimsFor(String subject) {
    return Issuer.claims().subject(subject).build();
  }

  /** The same header and claims with one character of the signature changed. */
  static String tamper(String jwt) {
    int last = jwt.length() - 5;
    char c = jwt.charAt(last);
    return jwt.substring(0, last) + (c == 'A' ? 'B' : 'A') + jwt.substring(last + 1);
  }

  static String quoted(String json) {
    return Json.createValue(json).toString();
  }
}
