package io.roster.sso.saml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.console.Browser;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.Keycloak;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * SAML sign-in end to end against a real IdP: Keycloak's realm {@code roster-saml}
 * (src/test/keycloak/roster-saml-realm.json: a SAML client signing its assertions with a fixed
 * realm key, NameID = username; "ada" whom this test provisions through SCIM, "eve" whom it never
 * does; {@code @ROSTER@} replaced by the test server's address, since the SAML client's ID is
 * Roster's entity ID), imported beside the OIDC realm by {@link Keycloak}. Roster reads Keycloak's
 * metadata from its URL, as an admin would set it up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SamlSignInIT {
  static final String ROSTER = AdminApi.BASE;
  static final String REALM = Keycloak.BASE + "/realms/roster-saml";
  static final String IDP_INITIATED = REALM + "/protocol/saml/clients/roster";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeAll
  static void setUp() throws Exception {
    Path imports = Keycloak.HOME.resolve("data/import");
    Files.createDirectories(imports);
    Files.writeString(
        imports.resolve("roster-saml-realm.json"),
        Files.readString(Path.of("src/test/keycloak/roster-saml-realm.json"))
            .replace("@ROSTER@", ROSTER));
    Keycloak.start();
    HttpResponse<String> saved =
        AdminApi.send(
            "PUT",
            "/api/admin/sso/saml",
            "{\"idpMetadataUrl\": \""
                + REALM
                + "/protocol/saml/descriptor\", \"idpInitiated\": true,"
                + " \"matchFrom\": \"NameID\", \"matchAttribute\": \"userName\"}");
    assertEquals(200, saved.statusCode(), saved.body());
    sso("{\"enabled\": true, \"defaultAccess\": {\"console\": \"view\"}}");
    HttpResponse<String> ada =
        ScimTestClient.create()
            .post(
                "/scim/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"ada\",\"active\":true,"
                    + "\"emails\":[{\"value\":\"ada@example.test\",\"primary\":true}]}");
    assertTrue(ada.statusCode() == 201 || ada.statusCode() == 409, ada.body());
  }

  @AfterAll
  static void tearDown() throws Exception {
    sso("{\"enabled\": false, \"defaultAccess\": {\"console\": \"none\"}}");
    Keycloak.stop();
  }

  /** Enable SSO and the default access, as an admin does (i12a's {@code /api/admin/sso}). */
  static void sso(String json) {
    HttpResponse<String> answer = AdminApi.send("PUT", "/api/admin/sso", json);
    assertEquals(200, answer.statusCode(), answer.body());
  }

  /** Opens {@code start}, signs in at Keycloak as {@code user}: the SAML form it ends on. */
  static SamlBrowser.Posted signIn(SamlBrowser browser, String start, String user) {
    return browser.signInAtKeycloak(browser.get(start), user, Keycloak.password(user));
  }

  @Test
  void theIdpSetFromItsMetadataUrl() {
    JsonObject settings = Http.json(AdminApi.get("/api/admin/sso/saml"));
    assertEquals(REALM, settings.getString("idpEntityId"));
    assertEquals(REALM + "/protocol/saml", settings.getString("idpSsoUrl"));
    assertEquals(ROSTER + "/sso/saml/metadata", settings.getString("spEntityId"));
    assertEquals(ROSTER + "/sso/saml/acs", settings.getString("acsUrl"));
    assertTrue(settings.getBoolean("ready"));
    HttpResponse<String> metadata = new SamlBrowser().get(ROSTER + "/sso/saml/metadata");
    assertEquals(200, metadata.statusCode());
    assertTrue(metadata.body().contains("entityID=\"" + ROSTER + "/sso/saml/metadata\""));
    assertTrue(metadata.body().contains("Location=\"" + ROSTER + "/sso/saml/acs\""));
  }

  @Test
  void spInitiatedSignInLandsOnTheConsolePageAskedFor() {
    SamlBrowser browser = new SamlBrowser();
    SamlBrowser.Posted posted =
        signIn(browser, ROSTER + "/sso/saml/login?returnTo=/console/index.xhtml", "ada");
    HttpResponse<String> signedIn = browser.postToAcs(posted);
    assertEquals(303, signedIn.statusCode(), signedIn.body());

    HttpResponse<String> again = new SamlBrowser().postToAcs(posted);
    assertEquals(403, again.statusCode());
    assertTrue(again.body().contains("does not know"), again.body());

    assertEquals(
        ROSTER + "/console/index.xhtml", signedIn.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> console = browser.get(ROSTER + "/console/index.xhtml");
    assertEquals(200, console.statusCode());
    assertEquals("/console/index.xhtml", console.uri().getPath(), "not sent to the login page");
  }

  /**
   * As a person does it, in Chromium: the sign-in page's button (or the IdP's own start page, as
   * the Okta dashboard tile), Keycloak's login form, its self-submitting form posting the response
   * to the ACS (a cross-site POST in production), then the console.
   */
  @Test
  void inChromiumSpAndIdpInitiatedSignInReachTheConsole() {
    try (Browser browser = Browser.open()) {
      browser.get("/console/login.xhtml").find("#ssoSaml").click();
      browser.signInAtKeycloak("ada");
      assertTrue(browser.text(".who-name").contains("ada"), "signed in as ada");
    }
    try (Browser browser = Browser.open()) {
      browser.visit(IDP_INITIATED);
      browser.signInAtKeycloak("ada");
      assertTrue(browser.text(".who-name").contains("ada"), "signed in as ada");
    }
  }

  @Test
  void idpInitiatedSignInWorksOnceOnly() {
    SamlBrowser browser = new SamlBrowser();
    SamlBrowser.Posted posted = signIn(browser, IDP_INITIATED, "ada");
    HttpResponse<String> signedIn = browser.postToAcs(posted);
    assertEquals(303, signedIn.statusCode(), signedIn.body());

    HttpResponse<String> replayed = new SamlBrowser().postToAcs(posted);
    assertEquals(403, replayed.statusCode());
    assertTrue(replayed.body().contains("already used (replay)"), replayed.body());
    assertTrue(
        AdminApi.get("/api/admin/audit?action=sso.login.refused").body().contains("replay"),
        "the replay is audited");
    assertEquals(ROSTER + "/console/", signedIn.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void aTamperedResponseIsRefused() {
    SamlBrowser browser = new SamlBrowser();
    SamlBrowser.Posted posted = signIn(browser, ROSTER + "/sso/saml/login", "eve");
    String xml = new String(Base64.getMimeDecoder().decode(posted.samlResponse()), UTF_8);
    assertTrue(xml.contains(">eve<"), xml);
    String tampered =
        Base64.getEncoder().encodeToString(xml.replace(">eve<", ">ada<").getBytes(UTF_8));
    HttpResponse<String> refused =
        browser.postToAcs(new SamlBrowser.Posted(posted.acsUrl(), tampered));
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("does not verify"), refused.body());
  }

  @Test
  void aNeverProvisionedPersonIsRefused() {
    SamlBrowser browser = new SamlBrowser();
    SamlBrowser.Posted posted = signIn(browser, ROSTER + "/sso/saml/login", "eve");
    HttpResponse<String> refused = browser.postToAcs(posted);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("No Roster user has userName"), refused.body());
    assertFalse(refused.headers().firstValue("Set-Cookie").isPresent(), "no session");
  }

  @Test
  void testSignInShowsWhoItMatchesWithoutSigningIn() {
    SamlBrowser browser = new SamlBrowser();
    SamlBrowser.Posted posted = signIn(browser, ROSTER + "/sso/saml/login?test=true", "ada");
    HttpResponse<String> result = browser.postToAcs(posted);
    assertEquals(200, result.statusCode(), result.body());
    assertTrue(result.body().contains("This person would be signed in"), result.body());
    assertTrue(result.body().contains("ada@example.test"), "the attributes received");
    assertFalse(result.headers().firstValue("Set-Cookie").isPresent(), "no session");
  }

  @Test
  void withSsoOffSignInIsRefusedPlainly() {
    sso("{\"enabled\": false}");
    try {
      HttpResponse<String> refused = new SamlBrowser().get(ROSTER + "/sso/saml/login");
      assertEquals(404, refused.statusCode());
      assertTrue(refused.body().contains("Single sign-on is turned off."), refused.body());
    } finally {
      sso("{\"enabled\": true}");
    }
  }

  @Test
  void badSettingsAreRefusedWholeAndChangesAudited() {
    HttpResponse<String> bad =
        AdminApi.send(
            "PUT",
            "/api/admin/sso/saml",
            "{\"idpInitiated\": false, \"matchAttribute\": \"nickName\"}");
    assertEquals(400, bad.statusCode());
    assertTrue(Http.json(AdminApi.get("/api/admin/sso/saml")).getBoolean("idpInitiated"));
    assertTrue(
        AdminApi.get("/api/admin/audit?action=sso.saml.changed").body().contains("metadata-url"));
  }
}
