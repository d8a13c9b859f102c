package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The console in real headless Chromium: what an admin does to set up provisioning. */
class ConsoleBrowserIT extends InChromium {
  @BeforeEach
  void signedIn() {
    browser.resize(1360, 900);
    browser.loginAsAdmin();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static int scimUsersStatus(String token) {
    return Http.send(
            HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/scim/Users?count=1"))
                .header("Authorization", "Bearer " + token),
            "GET",
            null,
            null)
        .statusCode();
  }

  @Test
  void enableScimGenerateUseAndRevokeAToken() {
    browser.get("/console/settings/sso.xhtml");
    var toggle = browser.find("#scim\\:enabled");
    if (toggle.isSelected()) {
      toggle.click();
      browser.wait.until(ExpectedConditions.textToBe(By.id("scim:status"), statusText(false)));
    }
    assertEquals(401, scimUsersStatus(mintToken()), "SCIM is off");
    browser.find("#scim\\:enabled").click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("scim:status"), statusText(true)));
    assertTrue(browser.find("#scim\\:enabled").isSelected());
    assertTrue(browser.text(".messages").contains("SCIM provisioning is on"));
    String endpoint = browser.find("#endpoint").getDomProperty("value");
    assertEquals(AdminApi.BASE + "/scim", endpoint);

    String name = unique("Okta browser");
    browser.type("#generate\\:name", name);
    new Select(browser.find("#generate\\:expires")).selectByVisibleText("In 90 days");
    browser.find("#generate\\:create").click();
    String token = browser.find("#newToken").getDomProperty("value");
    assertTrue(token.startsWith("rst_"), token);
    assertTrue(browser.text("#newTokenPanel").contains("will not be shown again"));
    browser.screenshot("02-settings-sso-new-token");
    assertEquals(200, scimUsersStatus(token), "the token from the page works");

    browser.get("/console/settings/sso.xhtml");
    assertFalse(browser.driver.getPageSource().contains(token), "shown once only");
    String row = "tr[data-token-name='" + name + "']";
    assertTrue(browser.text(row).contains("just now"), "last used");
    browser.screenshot("03-settings-sso");
    browser.find(row + " .revoke").click();
    browser.confirm();
    browser.waitForText(".messages", "Revoked");
    assertEquals(0, browser.count(row));
    assertEquals(401, scimUsersStatus(token), "revoked");
  }

  /** A valid token made over the admin API, without switching SCIM on as ScimTestClient does. */
  static String mintToken() {
    var created = AdminApi.send("POST", "/api/admin/scim/tokens", "{\"name\": \"while off\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getString("token");
  }

  private static String statusText(boolean on) {
    return on
        ? "On: identity providers with a valid token can provision"
        : "Off: provisioning requests are refused";
  }

  @Test
  void editARolesLevelsAndTheAccessDecisionFollows() {
    ScimClient scim = ScimTestAccess.client();
    String userName = unique("rita") + "@example.com";
    String userId =
        scim.post(
                "/Users",
                "{\"userName\":\""
                    + userName
                    + "\",\"name\":{\"givenName\":\"Rita\",\"familyName\":\"Levi\"}}")
            .json()
            .getString("id");
    String group = unique("Support");
    var created =
        scim.post(
            "/Groups",
            "{\"displayName\":\"" + group + "\",\"members\":[{\"value\":\"" + userId + "\"}]}");
    assertEquals(201, created.status(), created.toString());
    assertEquals("none", access(userName, "users"));

    browser.get("/console/roles.xhtml?q=" + group);
    String row = "tr[data-role='" + group + "']";
    assertTrue(browser.text(row).contains("1"), "member count");
    new Select(browser.find(row + " select[data-area='users']")).selectByValue("edit");
    new Select(browser.find(row + " select[data-area='audit']")).selectByValue("view");
    browser.find(row + " .save").click();
    browser.waitForText(".messages", "Saved the access of “" + group + "”");
    assertEquals(
        "edit",
        new Select(browser.find(row + " select[data-area='users']"))
            .getFirstSelectedOption()
            .getText());
    browser.screenshot("04-roles");
    assertEquals("edit", access(userName, "users"));
    assertEquals("view", access(userName, "audit"));

    String renamed = group + "-renamed";
    String rename =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + "[{\"op\":\"replace\",\"value\":{\"displayName\":\""
            + renamed
            + "\"}}]}";
    scim.patch("/Groups/" + created.json().getString("id"), rename);
    browser.get("/console/roles.xhtml?q=" + renamed.toUpperCase());
    assertEquals(
        "edit",
        new Select(browser.find("tr[data-role='" + renamed + "'] select[data-area='users']"))
            .getFirstSelectedOption()
            .getText(),
        "a renamed group keeps its levels");
  }

  @Test
  void rolesAreSearchedPagedAndSavedOnALaterPage() {
    ScimClient scim = ScimTestAccess.client();
    String prefix = unique("Pager");
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (int i = 0; i < 27; i++) {
      String name = String.format("%s-%02d", prefix, i);
      var created = scim.post("/Groups", "{\"displayName\":\"" + name + "\"}");
      assertEquals(201, created.status(), created.toString());
      ids.put(name, created.json().getString("id"));
    }
    browser.get("/console/roles.xhtml");
    browser.type("#q", prefix.toLowerCase());
    browser.find("#search").click();
    browser.waitForText("#range", "1–25 of 27");
    assertEquals(25, browser.count("tr[data-role]"));

    browser.driver.findElement(By.linkText("Next")).click();
    browser.waitForText("#range", "26–27 of 27");
    String last = prefix + "-26";
    String row = "tr[data-role='" + last + "']";
    new Select(browser.find(row + " select[data-area='users']")).selectByValue("admin");
    browser.find(row + " .save").click();
    browser.waitForText(".messages", "Saved the access of “" + last + "”");
    assertEquals("26–27 of 27", browser.text("#range"), "still on the searched second page");
    String stored = AdminApi.get("/api/admin/roles/" + ids.get(last)).body();
    assertTrue(stored.contains("\"users\":\"admin\""), stored);
    String neighbour = AdminApi.get("/api/admin/roles/" + ids.get(prefix + "-25")).body();
    assertTrue(neighbour.contains("\"users\":\"none\""), "only the saved row changed");

    browser.get("/console/roles.xhtml?q=" + prefix + "&page=9");
    assertEquals("26–27 of 27", browser.text("#range"), "a page past the end shows the last one");

    browser.get("/console/roles.xhtml?q=" + prefix + "-nothing");
    assertEquals("No role matches this search.", browser.text(".empty"));
  }

  static String access(String userName, String area) {
    HttpResponse<String> response = AdminApi.get("/api/access/" + userName);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonObject("access").getString(area);
  }

  @Test
  void searchUsersAndOpenOne() {
    ScimClient scim = ScimTestAccess.client();
    String family = unique("Okonkwo");
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (String given : new String[] {"Ada", "Bola", "Chidi"}) {
      String userName = given.toLowerCase() + "." + family.toLowerCase() + "@example.com";
      var created =
          scim.post(
              "/Users",
              "{\"userName\":\""
                  + userName
                  + "\",\"name\":{\"givenName\":\""
                  + given
                  + "\",\"familyName\":\""
                  + family
                  + "\"},"
                  + "\"emails\":[{\"value\":\""
                  + userName
                  + "\",\"type\":\"work\",\"primary\":true}],"
                  + "\"active\":"
                  + !given.equals("Chidi")
                  + "}");
      assertEquals(201, created.status(), created.toString());
      ids.add(created.json().getString("id"));
    }
    String members =
        String.join(",", ids.stream().map(id -> "{\"value\":\"" + id + "\"}").toList());
    String group = unique("Engineering");
    var team =
        scim.post("/Groups", "{\"displayName\":\"" + group + "\",\"members\":[" + members + "]}");
    AdminApi.send(
        "PUT",
        "/api/admin/roles/" + team.json().getString("id") + "/access",
        "{\"users\":\"view\",\"datasets\":\"edit\"}");
    browser.get("/console/users.xhtml");
    browser.type("#q", family.toUpperCase());
    browser.find("#search").click();
    browser.waitForText("#range", "1–3 of 3");
    String table = browser.text("#userTable");
    assertTrue(table.contains("ada." + family.toLowerCase()), table);
    assertTrue(table.contains("Inactive"), table);
    assertTrue(table.contains(group) && table.contains("datasets: edit"), table);
    browser.screenshot("05-users");

    browser.driver.findElement(By.linkText("ada." + family.toLowerCase() + "@example.com")).click();
    assertEquals("Active", browser.text("#status"));
    assertTrue(browser.text("main").contains("Ada " + family));
    assertTrue(browser.text("main").contains("user.created"), "recent changes");
    browser.screenshot("06-user");
  }

  @Test
  void theAuditLogShowsTheAdminsActions() {
    browser.get("/console/settings/sso.xhtml");
    String name = unique("Audited");
    browser.type("#generate\\:name", name);
    browser.find("#generate\\:create").click();
    browser.find("#newToken");

    browser.get("/console/audit.xhtml");
    browser.type("#actor", AdminApi.USER);
    new Select(browser.find("#action")).selectByValue("scim.token.created");
    browser.find("#filter").click();
    String first = browser.text("#auditTable tbody tr");
    assertTrue(first.contains("scim.token.created") && first.contains(name), first);
    assertTrue(first.contains("admin"), first);
    browser.get("/console/audit.xhtml");
    assertTrue(browser.text("#auditTable").contains(name), "newest first, unfiltered");
    browser.screenshot("07-audit");
  }

  @Test
  void theProvisioningPageShowsAFailedRequestItsGroupAndTheFilterInTheUrl() throws Exception {
    String userName = unique("prov") + "@example.com";
    ScimClient scim = ScimTestAccess.client();
    scim.post("/Users", "{\"userName\":\"" + userName + "\"}");
    scim.post("/Users", "{\"userName\":\"" + userName + "\"}"); // 409: taken
    for (int i = 0; i < 30 && !logged(userName); i++) {
      Thread.sleep(300); // the log is written in the background
    }

    browser.get("/console/provisioning.xhtml");
    new Select(browser.find("#status")).selectByValue("4xx");
    browser.type("#resource", userName);
    browser.find("#filter").click();
    String url = browser.waitForUrl("status=4xx");
    assertTrue(url.contains("resource="), "bookmarkable: " + url);
    String row = browser.text("#requests tbody tr");
    assertTrue(row.contains("409") && row.contains("POST /scim/Users"), row);
    assertTrue(row.contains("is already taken"), row);

    browser.get("/console/provisioning.xhtml?status=4xx");
    assertTrue(
        browser.text("#errorGroups").contains("userName {value} is already taken"),
        browser.text("#errorGroups"));
    assertTrue(browser.count("svg.chart rect") > 0);
    browser.get("/console/");
    assertTrue(browser.count("#tokenHealth tr[data-health]") > 0);
    browser.get("/console/provisioning.xhtml");
    browser.screenshot("10-provisioning");
  }

  private static boolean logged(String userName) {
    return AdminApi.get("/api/admin/provisioning-log?status=409&resource=" + ScimClient.q(userName))
        .body()
        .contains("\"status\":409");
  }

  @Test
  void dashboardCountsAndChart() {
    ScimTestAccess.client().post("/Users", "{\"userName\":\"" + unique("dash") + "@example.com\"}");
    browser.get("/console/");
    assertNotEquals("0", browser.text("#activeUsers"));
    assertNotEquals("never", browser.text("#lastRequest"));
    assertTrue(browser.count("svg.chart rect.users") > 0);
    browser.screenshot("01-dashboard");
    browser.resize(390, 844);
    browser.get("/console/settings/sso.xhtml");
    browser.screenshot("09-phone-settings-sso");
  }

  @Test
  void aForgedPostIsRefusedAndNothingChanges() {
    browser.get("/console/settings/sso.xhtml");
    String viewState =
        browser
            .driver
            .findElement(By.cssSelector("#generate input[name='jakarta.faces.ViewState']"))
            .getDomProperty("value");
    String cookie = "roster_console=" + browser.cookie("roster_console");
    int before = Http.jsonArray(AdminApi.get("/api/admin/scim/tokens")).size();
    String form =
        "generate=generate&generate%3Aname=forged&generate%3Aexpires=30&generate%3Acreate=Generate+token";

    HttpResponse<String> noState = post(cookie, AdminApi.BASE, form);
    assertEquals(403, noState.statusCode(), "no view state");
    HttpResponse<String> forged =
        post(cookie, AdminApi.BASE, form + "&jakarta.faces.ViewState=Zm9yZ2Vk");
    assertEquals(302, forged.statusCode(), "a forged view state is an expired view");
    assertTrue(
        forged.headers().firstValue("Location").orElse("").endsWith("/errors/expired.xhtml"));
    HttpResponse<String> crossSite =
        post(
            cookie,
            "https://evil.example",
            form + "&jakarta.faces.ViewState=" + ScimClient.q(viewState));
    assertEquals(403, crossSite.statusCode(), "a post from another site");
    HttpResponse<String> noLogin =
        post(
            "roster_console=forged",
            AdminApi.BASE,
            form + "&jakarta.faces.ViewState=" + ScimClient.q(viewState));
    assertEquals(302, noLogin.statusCode(), "no valid login cookie");
    assertTrue(
        noLogin.headers().firstValue("Location").orElse("").contains("/console/login.xhtml"));
    assertEquals(
        before, Http.jsonArray(AdminApi.get("/api/admin/scim/tokens")).size(), "no token made");

    browser.get("/errors/expired.xhtml");
    browser.screenshot("10-error-expired");
  }

  /** HTTP/1.1 as a browser form post: Java's default h2c upgrade attempt drops form bodies. */
  private static HttpResponse<String> post(String cookie, String origin, String form) {
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/console/settings/sso.xhtml"))
                  .header("Cookie", cookie)
                  .header("Origin", origin)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loginIsRequiredWrongPasswordsFailAndSignOutEndsTheSession() {
    browser.find("#signout\\:button").click();
    browser.waitForText("main", "You are signed out");
    browser.get("/console/users.xhtml?q=ann");
    assertTrue(browser.driver.getCurrentUrl().contains("/console/login.xhtml"), "login required");
    browser.type("#login\\:userName", AdminApi.USER);
    browser.type("#login\\:password", "not-the-password");
    browser.find("#login\\:submit").click();
    assertTrue(browser.text(".messages").contains("Wrong user name or password"));
    browser.screenshot("00-login");
    browser.type("#login\\:password", AdminApi.PASSWORD);
    browser.find("#login\\:submit").click();
    browser.find("#userTable, .empty");
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/console/users.xhtml?q=ann"),
        "back where the admin was going");

    browser.get("/console/no-such-page.xhtml");
    assertTrue(browser.text("main").contains("Page not found"));
    browser.screenshot("08-error-404");
  }
}
