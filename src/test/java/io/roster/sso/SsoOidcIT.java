package io.roster.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.console.Browser;
import io.roster.operations.ConsoleClient;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.Keycloak;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenID Connect sign-in against Keycloak (a real IdP, src/test/keycloak/roster-realm.json) for
 * people provisioned through SCIM, and the console as their roles' levels make it: alice and carol
 * are in a group whose role grants {@code console: view, users: view}; dave is provisioned but in
 * no group (default access: none); bob exists only in Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoOidcIT {
  static final String DOMAIN = "@oidc.example.com";
  static ScimTestClient scim;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeAll
  static void setUp() throws Exception {
    Keycloak.start();
    scim = ScimTestClient.create();
    String alice = provision("alice");
    String carol = provision("carol");
    provision("dave");
    HttpResponse<String> group =
        scim.post(
            "/scim/Groups",
            "{\"displayName\":\"OIDC readers\",\"members\":[{\"value\":\""
                + alice
                + "\"},{\"value\":\""
                + carol
                + "\"}]}");
    assertEquals(201, group.statusCode(), group.body());
    String roleId = Http.json(group).getString("id");
    ok(
        AdminApi.send(
            "PUT",
            "/api/admin/roles/" + roleId + "/access",
            "{\"console\":\"view\",\"users\":\"view\"}"));
    ok(
        AdminApi.send(
            "PUT",
            "/api/admin/sso/oidc",
            "{\"issuer\":\""
                + Keycloak.REALM
                + "\",\"clientId\":\"roster-console\",\"clientSecret\":\"roster-console-test-secret\","
                + "\"scopes\":\"openid email profile\",\"claim\":\"email\"}"));
    ok(AdminApi.send("PUT", "/api/admin/sso", "{\"enabled\":true,\"name\":\"Keycloak\"}"));
  }

  @AfterAll
  static void tearDown() throws InterruptedException {
    AdminApi.send("PUT", "/api/admin/sso", "{\"enabled\":false,\"required\":false}");
    AdminApi.send("PUT", "/api/admin/admins/admin/break-glass", "{\"breakGlass\":false}");
    Keycloak.stop();
  }

  @Test
  void aProvisionedPersonSignsInAndLandsOnTheRequestedPage() {
    OidcBrowser browser = new OidcBrowser();
    HttpResponse<String> answer = browser.signIn("alice", "/console/users.xhtml");
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("/console/users.xhtml", answer.uri().getPath());
    assertTrue(answer.body().contains("alice" + DOMAIN), "signed in as alice");
    assertTrue(audit("sso.login.succeeded").contains("alice" + DOMAIN));
  }

  @Test
  void theSecretIsNeverReturned() {
    JsonObject settings = Http.json(AdminApi.get("/api/admin/sso/oidc"));
    assertTrue(settings.getBoolean("clientSecretSet"));
    assertFalse(settings.toString().contains("roster-console-test-secret"));
    assertTrue(
        settings.getString("redirectUri").endsWith("/sso/oidc/callback"),
        settings.getString("redirectUri"));
  }

  @Test
  void aKeycloakUserNeverProvisionedIsRefusedWithTheReason() {
    HttpResponse<String> answer = new OidcBrowser().signIn("bob", null);
    assertEquals(403, answer.statusCode());
    assertTrue(
        answer.body().contains("No Roster user has emails.value “bob" + DOMAIN + "”"),
        answer.body());
    assertTrue(audit("sso.login.refused").contains("bob" + DOMAIN));
    assertEquals(
        302,
        new OidcBrowser().getOnce(AdminApi.BASE + "/console/").statusCode(),
        "no session was started");
  }

  @Test
  void aPersonInNoGroupGetsTheDefaultAccessWhichIsNone() {
    HttpResponse<String> answer = new OidcBrowser().signIn("dave", null);
    assertEquals(403, answer.statusCode());
    assertTrue(answer.body().contains("no access to the console"), answer.body());
  }

  @Test
  void usersViewShowsUsersButNotRolesNorSettings() {
    OidcBrowser browser = new OidcBrowser();
    HttpResponse<String> dashboard = browser.signIn("alice", null);
    assertEquals(200, dashboard.statusCode());
    String body = dashboard.body();
    String sidebar = body.substring(body.indexOf("<nav"), body.indexOf("</nav>"));
    assertTrue(sidebar.contains("/console/users.xhtml\""), "Users in the sidebar");
    assertFalse(sidebar.contains("/console/roles.xhtml\""), "no Roles in the sidebar");
    assertFalse(sidebar.contains("/console/settings/"), "no Settings in the sidebar");
    assertFalse(sidebar.contains("/console/audit.xhtml\""), "no Audit log");
    assertFalse(sidebar.contains("/console/password.xhtml\""), "no password of their own");
    assertEquals(200, browser.getOnce(AdminApi.BASE + "/console/users.xhtml").statusCode());
    assertEquals(403, browser.getOnce(AdminApi.BASE + "/console/roles.xhtml").statusCode());
    assertEquals(403, browser.getOnce(AdminApi.BASE + "/console/settings/sso.xhtml").statusCode());
    assertEquals(403, browser.getOnce(AdminApi.BASE + "/console/audit.xhtml").statusCode());
    assertEquals(403, browser.getOnce(AdminApi.BASE + "/console/password.xhtml").statusCode());
  }

  @Test
  void aDirectPostSavingRoleLevelsWithoutEditIsRefusedAndAudited() {
    OidcBrowser browser = new OidcBrowser();
    browser.signIn("alice", null);
    HttpResponse<String> answer =
        browser.post(
            "/console/roles.xhtml",
            "roles_SUBMIT=1&roles%3A0%3Asave=Save&jakarta.faces.ViewState=any&roleId=x");
    assertEquals(403, answer.statusCode());
    String refused = audit("console.access.refused");
    assertTrue(refused.contains("alice" + DOMAIN) && refused.contains("roles: edit"), refused);
  }

  @Test
  void aPersonSignsOutLikeAnAdmin() {
    OidcBrowser browser = new OidcBrowser();
    browser.signIn("alice", null);
    new ConsoleClient(browser.cookies()).signOut(AdminApi.BASE);
    assertEquals(302, browser.getOnce(AdminApi.BASE + "/console/").statusCode());
    assertTrue(audit("sso.logout").contains("alice" + DOMAIN));
  }

  @Test
  void testSignInShowsTheMatchAndSignsNobodyIn() {
    OidcBrowser browser = new OidcBrowser();
    ConsoleClient admin = new ConsoleClient(browser.cookies());
    assertTrue(admin.signIn(AdminApi.BASE, AdminApi.USER, AdminApi.PASSWORD));
    HttpResponse<String> keycloak = browser.get(AdminApi.BASE + "/console/settings/sso-test-oidc");
    HttpResponse<String> result = browser.postLoginForm(keycloak, "alice");
    assertEquals(200, result.statusCode(), result.body());
    assertTrue(result.body().contains("This person would be signed in"), result.body());
    assertTrue(result.body().contains("alice" + DOMAIN));
    assertTrue(result.body().contains("Nobody was signed in by this test"));
    HttpResponse<String> dashboard = browser.getOnce(AdminApi.BASE + "/console/");
    assertTrue(
        dashboard.body().contains("/console/settings/sso.xhtml"),
        "still the admin's console session, not alice's");
  }

  @Test
  void deactivationThroughScimSignsThePersonOutAtTheNextClick() {
    OidcBrowser browser = new OidcBrowser();
    activate("carol", true);
    assertEquals(200, browser.signIn("carol", null).statusCode());
    activate("carol", false);
    HttpResponse<String> next = browser.getOnce(AdminApi.BASE + "/console/users.xhtml");
    assertEquals(302, next.statusCode());
    assertTrue(next.headers().firstValue("Location").orElseThrow().contains("ended=true"));
    assertEquals(
        302, browser.getOnce(AdminApi.BASE + "/console/").statusCode(), "the session stays ended");
  }

  @Test
  void requireSsoRefusesThePasswordOfAnAccountNotMarkedBreakGlass() {
    String password = "ops-12a-password-long";
    AdminApi.send(
        "POST",
        "/api/admin/admins",
        "{\"userName\":\"ops-12a\",\"password\":\"" + password + "\",\"breakGlass\":false}");
    ok(AdminApi.send("PUT", "/api/admin/admins/admin/break-glass", "{\"breakGlass\":true}"));
    ok(AdminApi.send("PUT", "/api/admin/sso", "{\"required\":true}"));
    try {
      HttpResponse<String> refused =
          AdminApi.sendAs("ops-12a", password, "GET", "/api/admin/sso", null);
      assertEquals(403, refused.statusCode());
      assertTrue(refused.body().contains("Require SSO"), refused.body());
      HttpResponse<String> lastBreakGlass =
          AdminApi.send("PUT", "/api/admin/admins/admin/break-glass", "{\"breakGlass\":false}");
      assertEquals(409, lastBreakGlass.statusCode(), "the last break-glass account remains");
      ok(AdminApi.get("/api/admin/sso"));
    } finally {
      ok(AdminApi.send("PUT", "/api/admin/sso", "{\"required\":false}"));
    }
    HttpResponse<String> again =
        AdminApi.sendAs("ops-12a", password, "GET", "/api/admin/sso", null);
    assertTrue(
        again.body().contains("must be changed first"),
        "the password is accepted again (a new account must change it first): " + again.body());
  }

  /** The same in Chromium, with the screenshots the README shows (target/screenshots). */
  @Test
  void inChromiumAPersonWithViewAccessSeesTheirConsole() {
    try (Browser browser = Browser.open()) {
      browser.get("/console/login.xhtml");
      browser.find("#ssoOidc").click();
      browser.signInAtKeycloak("alice");
      assertTrue(browser.text(".who-name").contains("alice" + DOMAIN));
      String sidebar = browser.text("nav.nav");
      assertTrue(sidebar.contains("Users") && !sidebar.contains("Roles"), sidebar);
      browser.screenshot("11-sso-view-only-dashboard");
      browser.get("/console/users.xhtml").find(".table");
      browser.screenshot("12-sso-view-only-users");
      browser.loginAsAdmin();
      browser.get("/console/settings/sso.xhtml").find("#oidc-title");
      browser.screenshot("13-settings-sso-oidc");
    }
  }

  /**
   * In Chromium: a Keycloak user never provisioned reads why on the refusal page; a signed-in
   * person deactivated through SCIM is sent to the sign-in page at the next click.
   */
  @Test
  void inChromiumTheRefusedAndTheDeactivatedSeeWhy() {
    try (Browser browser = Browser.open()) {
      browser.get("/console/login.xhtml").find("#ssoOidc").click();
      browser.signInAtKeycloak("bob");
      assertTrue(browser.text("body").contains("No Roster user has emails.value"), "refused");
    }
    activate("carol", true);
    try (Browser browser = Browser.open()) {
      browser.get("/console/login.xhtml").find("#ssoOidc").click();
      browser.signInAtKeycloak("carol");
      assertTrue(browser.text(".who-name").contains("carol" + DOMAIN));
      activate("carol", false);
      browser.get("/console/users.xhtml");
      assertTrue(browser.text("body").contains("You were signed out"), "signed out");
    } finally {
      activate("carol", true);
    }
  }

  /** Sets {@code name}'s {@code active} through SCIM, as the identity provider does. */
  private static void activate(String name, boolean active) {
    String id =
        Http.json(scim.get("/scim/Users?filter=" + encode("userName eq \"" + name + DOMAIN + "\"")))
            .getJsonArray("Resources")
            .getJsonObject(0)
            .getString("id");
    HttpResponse<String> patched =
        scim.patch(
            "/scim/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":"
                + active
                + "}}]}");
    assertEquals(200, patched.statusCode(), patched.body());
  }

  private static String provision(String name) {
    String userName = name + DOMAIN;
    HttpResponse<String> created =
        scim.post(
            "/scim/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"emails\":[{\"value\":\""
                + userName
                + "\",\"primary\":true}],\"active\":true}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getString("id");
  }

  private static String audit(String action) {
    HttpResponse<String> answer = AdminApi.get("/api/admin/audit?action=" + action + "&limit=50");
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  private static void ok(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
