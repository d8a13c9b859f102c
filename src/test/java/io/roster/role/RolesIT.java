package io.roster.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimFixtures;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pushed groups become roles; access levels decide what a user may do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesIT {
  static final String JSON = "application/json";
  final ScimClient scim = ScimTestAccess.client();
  final ScimClient api = AdminApiAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  String user(String userName) {
    return ScimFixtures.user(scim, userName);
  }

  String groupWith(String name, String... userIds) {
    return ScimFixtures.group(scim, name, userIds);
  }

  void setAccess(String roleId, String levels) {
    var response = api.put("/admin/roles/" + roleId + "/access", levels, "Content-Type", JSON);
    assertEquals(200, response.status(), response.toString());
  }

  JsonObject access(String userName) {
    var response = api.get("/access/" + userName);
    assertEquals(200, response.status(), response.toString());
    return response.json();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aNewRoleStartsWithNoAccessAnywhere() {
    String name = unique("Fresh");
    String roleId = groupWith(name, user(unique("fresh") + "@x.io"));
    JsonObject role = api.get("/admin/roles/" + roleId).json();
    assertEquals(name, role.getString("name"));
    assertEquals(roleId, role.getString("groupId"));
    assertEquals(1, role.getInt("memberCount"));
    JsonObject levels = role.getJsonObject("levels");
    assertEquals(6, levels.size(), "the default catalogue of areas");
    levels.values().forEach(level -> assertEquals("\"none\"", level.toString()));
    assertTrue(api.get("/admin/roles?q=" + name).body().contains(roleId), "listed by its name");
  }

  @Test
  void rolesAreListedByNamePagedAndSearchedWithWildcardsTakenLiterally() {
    String prefix = unique("Paged");
    String b = groupWith(prefix + "-b");
    String a = groupWith(prefix + "-A");
    String percent = groupWith(prefix + "-100%_sure");

    JsonObject first = api.get("/admin/roles?q=" + prefix.toUpperCase() + "&limit=2").json();
    assertEquals(3, first.getInt("total"));
    assertEquals(2, first.getInt("limit"));
    var roles = first.getJsonArray("roles");
    assertEquals(2, roles.size());
    assertEquals(percent, roles.getJsonObject(0).getString("id"), "'1' sorts before letters");
    assertEquals(a, roles.getJsonObject(1).getString("id"), "by name, any letter case");
    JsonObject second = api.get("/admin/roles?q=" + prefix + "&offset=2&limit=2").json();
    assertEquals(3, second.getInt("total"));
    assertEquals(b, second.getJsonArray("roles").getJsonObject(0).getString("id"));

    JsonObject literal = api.get("/admin/roles?q=" + prefix + "-100%25_").json();
    assertEquals(1, literal.getInt("total"), "% and _ match themselves");
    assertEquals(0, api.get("/admin/roles?q=" + prefix + "-1_0").json().getInt("total"));
    assertEquals(400, api.get("/admin/roles?limit=0").status());
    assertEquals(400, api.get("/admin/roles?limit=1001").status());
    assertEquals(400, api.get("/admin/roles?offset=-1").status());
    assertEquals(400, api.get("/admin/roles?limit=ten").status(), "not a number: 400, not 404");
    assertEquals(400, api.get("/admin/audit?offset=first").status(), "the same rule for the audit");
    var garbled = api.put("/admin/roles/" + a + "/access", "{}", "Content-Type", "garbage");
    assertEquals(400, garbled.status());
    assertEquals(400, garbled.json().getInt("status"), "JSON, not the server's HTML page");
  }

  @Test
  void effectiveAccessIsTheHighestLevelAcrossRolesAndNoneWhileInactive() {
    String userName = unique("ann") + "@x.io";
    String userId = user(userName);
    String viewers = groupWith(unique("Viewers"), userId);
    String editors = groupWith(unique("Editors"), userId);
    setAccess(viewers, "{\"users\":\"view\",\"audit\":\"view\"}");
    setAccess(editors, "{\"users\":\"edit\",\"console\":\"view\"}");

    JsonObject access = access(userName.toUpperCase());
    assertTrue(access.getBoolean("active"));
    assertEquals(2, access.getJsonArray("roles").size());
    JsonObject levels = access.getJsonObject("access");
    assertEquals("edit", levels.getString("users"));
    assertEquals("view", levels.getString("audit"));
    assertEquals("view", levels.getString("console"));
    assertEquals("none", levels.getString("roles"));

    String deactivate =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}";
    assertEquals(200, scim.patch("/Users/" + userId, deactivate).status());
    JsonObject inactive = access(userName);
    assertFalse(inactive.getBoolean("active"));
    assertEquals("none", inactive.getJsonObject("access").getString("users"));
    assertEquals(2, inactive.getJsonArray("roles").size(), "memberships are kept");

    assertEquals(200, scim.patch("/Users/" + userId, deactivate.replace("false", "true")).status());
    assertEquals(levels, access(userName).getJsonObject("access"), "reactivation restores");

    String leave =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + "[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
            + userId
            + "\\\"]\"}]}";
    assertEquals(204, scim.patch("/Groups/" + editors, leave).status());
    assertEquals("view", access(userName).getJsonObject("access").getString("users"));
  }

  @Test
  void renamingKeepsLevelsAndDeletingRemovesTheRole() {
    String roleId = groupWith(unique("Ops"));
    setAccess(roleId, "{\"datasets\":\"admin\"}");
    String renamed = unique("Operations");
    String rename =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + "[{\"op\":\"replace\",\"value\":{\"id\":\""
            + roleId
            + "\",\"displayName\":\""
            + renamed
            + "\"}}]}";
    assertEquals(204, scim.patch("/Groups/" + roleId, rename).status());
    JsonObject role = api.get("/admin/roles/" + roleId).json();
    assertEquals(renamed, role.getString("name"));
    assertEquals("admin", role.getJsonObject("levels").getString("datasets"));

    assertEquals(204, scim.delete("/Groups/" + roleId).status());
    assertEquals(404, api.get("/admin/roles/" + roleId).status());
  }

  @Test
  void theHostApplicationReadsDecisionsWithAnAccessTokenThatCanDoNothingElse() {
    String userName = unique("host") + "@x.io";
    user(userName);
    var created =
        api.post(
            "/admin/scim/tokens",
            "{\"name\":\"host app\",\"scope\":\"access\"}",
            "Content-Type",
            JSON);
    assertEquals(201, created.status(), created.toString());
    assertEquals("access", created.json().getString("scope"));
    String bearer = "Bearer " + created.json().getString("token");
    ScimClient host = new ScimClient(ScimClient.BASE, java.util.Map.of("Authorization", bearer));

    var decision = host.get("/api/access/" + userName);
    assertEquals(200, decision.status(), decision.toString());
    assertEquals(userName, decision.json().getString("userName"));
    assertEquals(401, host.get("/api/admin/roles").status(), "no admin API");
    assertEquals(401, host.get("/scim/Users?count=1").status(), "no provisioning");

    var scimToken = new ScimClient(ScimClient.BASE, scim.headers());
    assertEquals(401, scimToken.get("/api/access/" + userName).status(), "a SCIM token is no key");
  }

  @Test
  void badLevelsAndUnknownNamesAreRefused() {
    String roleId = groupWith(unique("Strict"));
    var unknownArea =
        api.put(
            "/admin/roles/" + roleId + "/access", "{\"kitchen\":\"view\"}", "Content-Type", JSON);
    assertEquals(400, unknownArea.status(), unknownArea.toString());
    var unknownLevel =
        api.put("/admin/roles/" + roleId + "/access", "{\"users\":\"god\"}", "Content-Type", JSON);
    assertEquals(400, unknownLevel.status(), unknownLevel.toString());
    assertEquals(
        "none",
        api.get("/admin/roles/" + roleId).json().getJsonObject("levels").getString("users"));
    assertEquals(404, api.get("/access/nobody-" + UUID.randomUUID()).status());
    assertEquals(404, api.get("/admin/roles/" + UUID.randomUUID()).status());
  }
}
