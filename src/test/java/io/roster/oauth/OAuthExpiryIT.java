package io.roster.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.security.ScimAccess;
import io.roster.security.TokenSecrets;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty: an expired secret and an expired access token, states only the database can
 * produce at once, checked over HTTP against this same node.
 */
@ExtendWith(ArquillianExtension.class)
class OAuthExpiryIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject OAuthClients clients;
  @Inject ScimAccess access;

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String base() {
    return "http://localhost:" + ConfigProvider.getConfig().getValue("http.port", String.class);
  }

  static HttpResponse<String> token(String clientId, String secret) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/oauth/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
  }

  static int scimStatus(String accessToken) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + "/scim/Users?count=1"))
            .header("Authorization", "Bearer " + accessToken))
        .statusCode();
  }

  @Test
  void anExpiredSecretIsInvalidClientAndAnExpiredAccessTokenGets401() throws Exception {
    access.setEnabled(true);
    OAuthClients.CreatedClient created = clients.create("expiring", null, null);
    String clientId = created.client().id().toString();
    HttpResponse<String> issued = token(clientId, created.secret().value());
    assertEquals(200, issued.statusCode(), issued.body());
    String accessToken =
        Json.createReader(new StringReader(issued.body())).readObject().getString("access_token");
    assertEquals(200, scimStatus(accessToken));

    Database.update(
        "UPDATE oauth_access_token SET expires_at = now() - interval '1 second'"
            + " WHERE token_hash = ?",
        TokenSecrets.hash(accessToken));
    assertEquals(401, scimStatus(accessToken), "expired access token");

    Database.update(
        "UPDATE oauth_secret SET expires_at = now() - interval '1 second' WHERE id = ?",
        created.secret().secret().id());
    HttpResponse<String> refused = token(clientId, created.secret().value());
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("invalid_client"), refused.body());
  }
}
