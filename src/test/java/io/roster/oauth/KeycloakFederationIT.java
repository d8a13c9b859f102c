package io.roster.oauth;

import static io.roster.oauth.ClientCredentialsIT.assertInvalidClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jwt.SignedJWT;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.Keycloak;
import io.roster.testing.RosterDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Federation against a real issuer: Keycloak (unpacked from Maven Central into {@code target/} by
 * the build) plays Entra, issuing RS256 JWTs by client credentials that Roster takes as client
 * assertions, with its keys from Keycloak's JWKS URL. Started here on {@code roster.keycloak.port}
 * (8189 by default) and stopped after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakFederationIT {
  static final String BASE = Keycloak.BASE;
  static final String REALM = Keycloak.REALM;
  static final String AUDIENCE = "api://AzureADTokenExchange";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeAll
  static void startKeycloak() throws Exception {
    Keycloak.start();
  }

  @AfterAll
  static void stopKeycloak() throws InterruptedException {
    Keycloak.stop();
  }

  /** What Entra does: obtain a JWT from its own issuer, to present to Roster. */
  static String keycloakToken() {
    String basic =
        Base64.getEncoder().encodeToString("entra-workload:keycloak-test-secret".getBytes());
    HttpResponse<String> answer =
        OAuthTestClient.tokenAt(
            REALM + "/protocol/openid-connect/token",
            "grant_type=client_credentials",
            "Basic " + basic);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer).getString("access_token");
  }

  static String credential(OAuthTestClient client, String issuer, String subject, String aud) {
    String body =
        "{\"name\":\"Keycloak\",\"issuer\":\""
            + issuer
            + "\",\"subject\":\""
            + subject
            + "\",\"audience\":\""
            + aud
            + "\",\"jwksUrl\":\""
            + REALM
            + "/protocol/openid-connect/certs\"}";
    HttpResponse<String> added = AdminApi.send("POST", client.path() + "/credentials", body);
    assertEquals(201, added.statusCode(), added.body());
    return Http.json(added).getString("id");
  }

  @Test
  void keycloakSignedJwtsAuthenticateAndBadOnesAreRefused() throws ParseException, IOException {
    String first = keycloakToken();
    SignedJWT jwt = SignedJWT.parse(first);
    String issuer = jwt.getJWTClaimsSet().getIssuer();
    String subject = jwt.getJWTClaimsSet().getSubject();
    assertEquals(REALM, issuer);

    OAuthTestClient client = OAuthTestClient.create("Keycloak as Entra");
    credential(client, issuer, subject, AUDIENCE);
    HttpResponse<String> answer = FederationIT.exchange(client.clientId(), first);
    assertEquals(200, answer.statusCode(), answer.body());
    String token = Http.json(answer).getString("access_token");
    assertEquals(200, OAuthTestClient.scim(token, "GET", "/scim/Users?count=1", null).statusCode());

    assertInvalidClient(FederationIT.exchange(client.clientId(), first));
    assertInvalidClient(FederationIT.exchange(null, FederationIT.tamper(keycloakToken())));

    OAuthTestClient otherAudience = OAuthTestClient.create("expects another audience");
    credential(otherAudience, issuer, subject, "api://someone-else");
    assertInvalidClient(FederationIT.exchange(otherAudience.clientId(), keycloakToken()));
    OAuthTestClient otherSubject = OAuthTestClient.create("expects another subject");
    credential(otherSubject, issuer, "another-workload", AUDIENCE);
    assertInvalidClient(FederationIT.exchange(otherSubject.clientId(), keycloakToken()));

    String oldKid = SignedJWT.parse(keycloakToken()).getHeader().getKeyID();
    rotateKeycloakKey();
    String rotated = keycloakToken();
    assertNotEquals(oldKid, SignedJWT.parse(rotated).getHeader().getKeyID(), "a new signing key");
    HttpResponse<String> afterRotation = FederationIT.exchange(client.clientId(), rotated);
    assertEquals(200, afterRotation.statusCode(), afterRotation.body());
  }

  /** A new RSA key of higher priority: Keycloak signs with it from now on. */
  static void rotateKeycloakKey() {
    HttpResponse<String> admin =
        OAuthTestClient.tokenAt(
            BASE + "/realms/master/protocol/openid-connect/token",
            OAuthTestClient.form(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "keycloak-test-admin"),
            null);
    assertEquals(200, admin.statusCode(), admin.body());
    String adminToken = Http.json(admin).getString("access_token");
    HttpResponse<String> created =
        Http.send(
            HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/roster/components"))
                .header("Authorization", "Bearer " + adminToken),
            "POST",
            "{\"name\":\"rotated\",\"providerId\":\"rsa-generated\","
                + "\"providerType\":\"org.keycloak.keys.KeyProvider\",\"parentId\":\"roster\","
                + "\"config\":{\"priority\":[\"500\"],\"keySize\":[\"2048\"]}}",
            "application/json");
    assertEquals(201, created.statusCode(), created.body());
  }
}
