package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.ScimTestClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The OAuth clients pages in headless Chromium: what an admin does to set up Entra. */
class OAuthConsoleIT extends InChromium {
  static HttpResponse<String> token(String clientId, String secret) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return Http.send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/oauth/token"))
            .header("Authorization", "Basic " + basic),
        "POST",
        "grant_type=client_credentials",
        "application/x-www-form-urlencoded");
  }

  @Test
  void createAClientRotateItsSecretTrustAnIssuerDisableAndDeleteIt() throws JOSEException {
    ScimTestClient.enableScim(true);
    browser.loginAsAdmin();
    browser.get("/console/settings/oauth.xhtml");
    assertEquals(
        AdminApi.BASE + "/oauth/token", browser.find("#tokenEndpoint").getDomProperty("value"));

    String name = ConsoleBrowserIT.unique("Entra browser");
    browser.type("#create\\:name", name);
    browser.find("#create\\:createClient").click();
    String clientId = browser.text("#newClientId");
    String secret = browser.find("#newSecret").getDomProperty("value");
    assertTrue(secret.startsWith("rcs_"), secret);
    assertEquals(200, token(clientId, secret).statusCode(), "the secret from the page works");

    browser.get("/console/settings/oauth.xhtml");
    assertFalse(browser.driver.getPageSource().contains(secret), "shown once only");
    browser.find("tr[data-client-name='" + name + "'] a").click();
    browser.find("#secrets\\:addSecret").click();
    String second = browser.find("#newSecret").getDomProperty("value");
    assertEquals(200, token(clientId, second).statusCode());
    assertEquals(2, browser.count("#secretTable tbody tr"));

    String jwks =
        new JWKSet(new RSAKeyGenerator(2048).keyID("console").generate().toPublicJWK()).toString();
    browser.type("#newCredential\\:issuer", "https://login.example.test/console/v2.0");
    browser.type("#newCredential\\:subject", "console-subject");
    browser.type("#newCredential\\:jwks", jwks);
    browser.find("#newCredential\\:addCredential").click();
    browser.waitForText("#credentialTable", "console-subject");

    browser.find("#state\\:toggle").click();
    browser.waitForText("#clientState", "Disabled");
    assertEquals(401, token(clientId, second).statusCode(), "disabled");
    browser.find("#state\\:toggle").click();
    browser.waitForText("#clientState", "Enabled");
    assertEquals(200, token(clientId, second).statusCode(), "enabled again");

    browser.find("#secretTable tbody tr .revoke").click();
    browser.confirm();
    browser.waitForText(".messages", "revoked");
    assertEquals(1, browser.count("#secretTable tbody tr"));

    browser.find("#state\\:delete").click();
    browser.confirm();
    browser.wait.until(ExpectedConditions.urlContains("/console/settings/oauth.xhtml"));
    assertEquals(0, browser.count("tr[data-client-name='" + name + "']"));
    assertEquals(401, token(clientId, secret).statusCode(), "deleted");
  }
}
