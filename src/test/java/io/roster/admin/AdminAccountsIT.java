package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.operations.ConsoleClient;
import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admin management over {@code /api/admin/admins} and the console: a minimum length, a new admin
 * who must choose their own password before anything else, removal (never of the last admin), the
 * break-glass flag, and the audit entries of each.
 */
@ExtendWith(ArquillianExtension.class)
class AdminAccountsIT {
  static final String ADMINS = "/api/admin/admins";
  static final String FIRST_PASSWORD = "chosen-by-someone-else";
  static final String OWN_PASSWORD = "my own passphrase";

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClasses(ConsoleClient.class, AdminApi.class, Http.class);
  }

  private static String base() {
    return "http://localhost:" + ConfigProvider.getConfig().getValue("http.port", String.class);
  }

  private static HttpResponse<String> asAdmin(String method, String path, String json) {
    return AdminApi.sendTo(base(), AdminApi.USER, AdminApi.PASSWORD, method, path, json);
  }

  private static HttpResponse<String> as(String user, String password, String path) {
    return AdminApi.sendTo(base(), user, password, "GET", path, null);
  }

  private static void assertRefused(HttpResponse<String> answer, int status, String detail) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(detail, Http.json(answer).getString("detail"));
  }

  private static HttpResponse<String> changeOwnPassword(String name, String current, String next) {
    return AdminApi.sendTo(
        base(),
        name,
        current,
        "PUT",
        ADMINS + "/" + name + "/password",
        "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
  }

  private static String newAdmin() {
    String name = "ops-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> added =
        asAdmin(
            "POST",
            ADMINS,
            "{\"userName\":\"" + name + "\",\"password\":\"" + FIRST_PASSWORD + "\"}");
    assertEquals(201, added.statusCode(), added.body());
    JsonObject view = Http.json(added);
    assertTrue(view.getBoolean("mustChangePassword"));
    assertFalse(view.getBoolean("breakGlass"));
    assertFalse(view.containsKey("passwordHash"));
    return name;
  }

  @Test
  void aNewAdminMustChooseTheirOwnPasswordFirst() {
    assertRefused(
        asAdmin("POST", ADMINS, "{\"userName\":\"short\",\"password\":\"elevenchars\"}"),
        400,
        "The password must be at least 12 characters");
    String name = newAdmin();

    assertRefused(
        as(name, FIRST_PASSWORD, "/api/admin/scim"),
        403,
        "The password of "
            + name
            + " must be changed first: PUT /api/admin/admins/"
            + name
            + "/password");
    String path = ADMINS + "/" + name + "/password";
    assertRefused(
        AdminApi.sendTo(
            base(),
            name,
            FIRST_PASSWORD,
            "PUT",
            path,
            "{\"currentPassword\":\"wrong-password!\",\"newPassword\":\"" + OWN_PASSWORD + "\"}"),
        403,
        "The current password is wrong");
    HttpResponse<String> changed = changeOwnPassword(name, FIRST_PASSWORD, OWN_PASSWORD);
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(200, as(name, OWN_PASSWORD, "/api/admin/scim").statusCode());
    assertEquals(401, as(name, FIRST_PASSWORD, "/api/admin/scim").statusCode());

    assertEquals(204, asAdmin("DELETE", ADMINS + "/" + name, null).statusCode());
    assertEquals(401, as(name, OWN_PASSWORD, "/api/admin/scim").statusCode());
    String audit = asAdmin("GET", "/api/admin/audit?targetType=Admin&target=" + name, null).body();
    for (String action :
        new String[] {"admin.created", "admin.password.changed", "admin.removed"}) {
      assertTrue(audit.contains("\"" + action + "\""), action + " in " + audit);
    }
  }

  @Test
  void theConsoleShowsOnlyThePasswordPageUntilItIsChanged() {
    String name = newAdmin();
    ConsoleClient browser = new ConsoleClient();
    assertTrue(browser.signIn(base(), name, FIRST_PASSWORD));
    assertEquals(
        base() + "/console/password.xhtml", browser.redirectOf(base(), "/console/users.xhtml"));
    assertEquals("", browser.redirectOf(base(), "/console/password.xhtml"));

    changeOwnPassword(name, FIRST_PASSWORD, OWN_PASSWORD);
    assertEquals("", browser.redirectOf(base(), "/console/users.xhtml"));
    asAdmin("DELETE", ADMINS + "/" + name, null);
  }

  @Test
  void breakGlassIsAFlagOfTheAccount() {
    String name = newAdmin();
    HttpResponse<String> marked =
        asAdmin("PUT", ADMINS + "/" + name + "/break-glass", "{\"breakGlass\":true}");
    assertEquals(200, marked.statusCode(), marked.body());
    assertTrue(Http.json(marked).getBoolean("breakGlass"));
    assertTrue(asAdmin("GET", ADMINS, null).body().contains("\"userName\":\"" + name + "\""));
    asAdmin("DELETE", ADMINS + "/" + name, null);
  }

  @Test
  void theLastAdminIsNeverRemoved() {
    for (JsonValue admin : Http.jsonArray(asAdmin("GET", ADMINS, null))) {
      String name = admin.asJsonObject().getString("userName");
      if (!name.equals(AdminApi.USER)) {
        assertEquals(204, asAdmin("DELETE", ADMINS + "/" + name, null).statusCode());
      }
    }
    assertRefused(
        asAdmin("DELETE", ADMINS + "/" + AdminApi.USER, null),
        409,
        "The last admin cannot be removed");
    assertEquals(200, asAdmin("GET", ADMINS, null).statusCode());
  }
}
