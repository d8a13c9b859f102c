package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Settings → SSO → SAML in headless Chromium: Roster's addresses under Okta's and Entra's labels,
 * an IdP set by uploading its metadata file, the matching changed; each change audited.
 */
class SamlConsoleIT extends InChromium {
  static final String IDP = "https://idp.console-test.example/saml";

  /** IdP metadata with the Keycloak test realm's (public) signing certificate. */
  static String metadata() throws Exception {
    JsonObject realm =
        Json.createReader(
                new StringReader(
                    Files.readString(Path.of("src/test/keycloak/roster-saml-realm.json"))))
            .readObject();
    String certificate =
        realm
            .getJsonObject("components")
            .getJsonArray("org.keycloak.keys.KeyProvider")
            .getJsonObject(0)
            .getJsonObject("config")
            .getJsonArray("certificate")
            .getString(0);
    return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\""
        + IDP
        + "\"><md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + certificate
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
        + " Location=\"https://idp.console-test.example/sso\"/>"
        + "</md:IDPSSODescriptor></md:EntityDescriptor>";
  }

  @Test
  void anAdminSetsTheIdpByMetadataFileAndTheMatching() throws Exception {
    browser.loginAsAdmin();
    browser.get("/console/settings/sso-saml.xhtml");
    String page = browser.find("main").getText();
    for (String label :
        new String[] {
          "Single sign-on URL (Okta)", "Reply URL (Entra)", "Audience URI (SP Entity ID) (Okta)",
          "Identifier (Entra)", "Set up an Okta SAML app", "Set up a Microsoft Entra enterprise app"
        }) {
      assertTrue(page.contains(label), label);
    }
    assertEquals(AdminApi.BASE + "/sso/saml/acs", browser.find("#acsUrl").getDomProperty("value"));
    assertEquals(
        AdminApi.BASE + "/sso/saml/metadata", browser.find("#spEntityId").getDomProperty("value"));

    Path file = Files.createTempFile("idp-metadata", ".xml");
    Files.writeString(file, metadata());
    browser.driver.findElement(By.id("idp:metadataFile")).sendKeys(file.toString());
    browser.find("#idp\\:saveIdp").click();
    assertTrue(browser.text(".msg").contains("Identity provider saved: " + IDP), "saved");
    assertEquals(IDP, browser.text("#idpIssuer"));
    assertEquals("Set up", browser.text("#idpStatus"));
    Files.delete(file);

    new Select(browser.find("#matching\\:from")).selectByValue("true");
    browser.type("#matching\\:attributeName", "email");
    new Select(browser.find("#matching\\:matchAttribute")).selectByValue("emails.value");
    browser.find("#matching\\:saveMatching").click();
    assertTrue(browser.text(".msg").contains("Matching saved."));
    browser.screenshot("sso-saml-settings");

    JsonObject settings = Http.json(AdminApi.get("/api/admin/sso/saml"));
    assertEquals(IDP, settings.getString("idpEntityId"));
    assertEquals("email", settings.getString("matchFrom"));
    assertEquals("emails.value", settings.getString("matchAttribute"));
    String audit = AdminApi.get("/api/admin/audit?action=sso.saml.changed").body();
    assertTrue(audit.contains("match.attribute=emails.value"), audit);
    assertTrue(audit.contains(IDP), audit);
  }
}
