package io.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on every answer, Liberty's own endpoints included; no caching of answers that
 * may hold a secret; the console's Content-Security-Policy; and body limits checked before parsing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  private static HttpResponse<String> send(
      String method, String path, String body, String contentType, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AdminApi.BASE + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(request, method, body, contentType);
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void everyAnswerForbidsSniffingAndReferrers() {
    for (String path :
        List.of("/health/ready", "/openapi", "/scim/v2/Users", "/api/admin/scim", "/nowhere")) {
      HttpResponse<String> answer = send("GET", path, null, null);
      assertEquals("nosniff", header(answer, "X-Content-Type-Options"), path);
      assertEquals("same-origin", header(answer, "Referrer-Policy"), path);
    }
    HttpResponse<String> login = send("GET", "/console/login.xhtml", null, null);
    assertEquals("nosniff", header(login, "X-Content-Type-Options"));
    assertEquals("DENY", header(login, "X-Frame-Options"));
    // Under no-referrer a browser would post the console's forms with "Origin: null", refused.
    assertEquals("same-origin", header(login, "Referrer-Policy"));
  }

  @Test
  void aNewTokenIsNeverCached() {
    HttpResponse<String> created =
        AdminApi.send("POST", "/api/admin/scim/tokens", "{\"name\":\"headers\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("no-store", header(created, "Cache-Control"));
    assertEquals("nosniff", header(created, "X-Content-Type-Options"));
  }

  @Test
  void theConsoleAllowsNoInlineScriptOrForeignSource() {
    HttpResponse<String> login = send("GET", "/console/login.xhtml", null, null);
    String policy = header(login, "Content-Security-Policy");
    assertTrue(policy.startsWith("default-src 'self';"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertEquals("no-store", header(login, "Cache-Control"));
  }

  @Test
  void hstsOnlyOverHttps() {
    assertEquals(
        "", header(send("GET", "/scim/v2/Users", null, null), "Strict-Transport-Security"));
    HttpResponse<String> proxied =
        send("GET", "/console/login.xhtml", null, null, "X-Forwarded-Proto", "https");
    assertEquals(SecurityHeaders.HSTS, header(proxied, "Strict-Transport-Security"));
  }

  @Test
  void anOversizedApiBodyIsRefusedBeforeTheCredentialsAreChecked() {
    String body = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
    String wrong = Base64.getEncoder().encodeToString("admin:wrong-password".getBytes());
    HttpResponse<String> refused =
        send(
            "POST",
            "/api/admin/scim/tokens",
            body,
            "application/json",
            "Authorization",
            "Basic " + wrong);
    assertEquals(413, refused.statusCode(), refused.body());
    JsonObject error = Http.json(refused);
    assertEquals(413, error.getInt("status"));
    assertEquals("The request body exceeds 1048576 bytes", error.getString("detail"));
  }

  @Test
  void anOversizedConsoleFormIsRefusedBeforeItIsParsed() {
    String form = "a=" + "x".repeat(600 * 1024);
    HttpResponse<String> refused =
        send("POST", "/console/login.xhtml", form, "application/x-www-form-urlencoded");
    assertEquals(413, refused.statusCode());
  }
}
