package io.roster.user;

import static io.roster.testing.ScimClient.q;
import static io.roster.user.UserFixtures.create;
import static io.roster.user.UserFixtures.entraUser;
import static io.roster.user.UserFixtures.oktaUser;
import static io.roster.user.UserFixtures.unique;
import static io.roster.user.UsersIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PATCH in the shapes Okta and Entra send, and filters evaluated by PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserPatchAndFilterIT {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static String patch(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + operations
        + "}";
  }

  /** PATCH, then read back from the database: the answer and the stored user must agree. */
  JsonObject patchAndReread(String id, String operations) {
    var patched = scim.patch("/Users/" + id, patch(operations));
    assertEquals(200, patched.status(), patched.toString());
    JsonObject stored = scim.get("/Users/" + id).json();
    assertEquals(stored, patched.json());
    return stored;
  }

  @Test
  void oktaDeactivatesAndReactivatesWithAPathlessReplace() {
    String id = create(scim, oktaUser(unique("okta"))).json().getString("id");
    assertFalse(
        patchAndReread(id, "[{\"op\":\"replace\",\"value\":{\"active\":false}}]")
            .getBoolean("active"));
    assertTrue(
        patchAndReread(id, "[{\"op\":\"replace\",\"value\":{\"active\":true}}]")
            .getBoolean("active"));
  }

  @Test
  void entraUpdatesInItsOwnShapes() {
    String userName = unique("entra");
    String id = create(scim, entraUser(userName, "E100")).json().getString("id");

    JsonObject user =
        patchAndReread(
            id,
            """
            [{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"new@example.com"},
             {"op":"Replace","path":"name.familyName","value":"Murray"},
             {"op":"Replace","path":"%1$s:manager","value":"boss-2"},
             {"op":"Add","path":"title","value":"Rear Admiral"},
             {"op":"Replace","path":"active","value":"False"}]
            """
                .formatted(ENTERPRISE));
    assertEquals(
        "new@example.com", user.getJsonArray("emails").getJsonObject(0).getString("value"));
    assertEquals("Murray", user.getJsonObject("name").getString("familyName"));
    assertEquals("Grace", user.getJsonObject("name").getString("givenName"));
    assertEquals(
        "boss-2", user.getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"));
    assertEquals("Rear Admiral", user.getString("title"));
    assertFalse(user.getBoolean("active"));

    user =
        patchAndReread(
            id,
            """
            [{"op":"replace","value":{"displayName":"Amazing Grace","name.givenName":"G.",
              "%s:employeeNumber":"E200"}}]
            """
                .formatted(ENTERPRISE));
    assertEquals("Amazing Grace", user.getString("displayName"));
    assertEquals("G.", user.getJsonObject("name").getString("givenName"));
    assertEquals("E200", user.getJsonObject(ENTERPRISE).getString("employeeNumber"));

    user =
        patchAndReread(
            id,
            "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"]\"},"
                + "{\"op\":\"remove\",\"path\":\"title\"}]");
    assertFalse(user.containsKey("emails"));
    assertFalse(user.containsKey("title"));
  }

  @Test
  void aFailingOperationAppliesNothing() {
    String id = create(scim, oktaUser(unique("atomic"))).json().getString("id");
    JsonObject before = scim.get("/Users/" + id).json();
    var refused =
        scim.patch(
            "/Users/" + id,
            patch(
                "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"},"
                    + "{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":1}]"));
    assertError(refused, 400, "invalidPath");
    assertEquals(before, scim.get("/Users/" + id).json());

    assertError(scim.patch("/Users/" + id, "{\"Operations\":[]}"), 400, "invalidSyntax");
    assertError(
        scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]")),
        400,
        "mutability");
    assertError(
        scim.patch("/Users/" + id, patch("[{\"op\":\"remove\",\"path\":\"userName\"}]")),
        400,
        "invalidValue");
  }

  @Test
  void aRenameOntoATakenUserNameIsAConflict() {
    String taken = unique("taken");
    create(scim, oktaUser(taken));
    String id = create(scim, oktaUser(unique("renamer"))).json().getString("id");
    var conflict =
        scim.patch(
            "/Users/" + id,
            patch(
                "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\""
                    + taken.toUpperCase()
                    + "\"}]"));
    assertError(conflict, 409, "uniqueness");
  }

  @Test
  void filtersOktaAndEntraSend() {
    String userName = unique("Filter.Me");
    JsonObject user = create(scim, entraUser(userName, "E-" + userName)).json();
    String id = user.getString("id");

    assertMatches("userName eq \"" + userName.toUpperCase() + "\"", id);
    assertMatches("externalId eq \"" + user.getString("externalId") + "\"", id);
    assertMatches("emails[type eq \"work\"].value eq \"" + userName + "\"", id);
    assertMatches("emails.value eq \"" + userName + "\"", id);
    assertMatches("id eq \"" + id + "\"", id);
    assertEquals(0, count("userName eq \"nobody-" + userName + "\""));
    assertEquals(0, count("id eq \"not-a-uuid\""));
  }

  @Test
  void theWholeFilterGrammarRunsInSql() {
    String tag = "g" + System.nanoTime();
    String a = create(scim, entraUser(tag + "-a@example.com", tag + "-1")).json().getString("id");
    String b = create(scim, oktaUser(tag + "-b@example.com")).json().getString("id");
    scim.patch("/Users/" + b, patch("[{\"op\":\"replace\",\"value\":{\"active\":false}}]"));
    String mine = "userName sw \"" + tag + "\" and ";

    assertEquals(Set.of(a, b), ids(mine + "userName co \"@example\""));
    assertEquals(Set.of(a), ids(mine + "userName ew \"-A@EXAMPLE.COM\""));
    assertEquals(Set.of(b), ids(mine + "active eq false"));
    assertEquals(Set.of(a), ids(mine + "not (active eq false)"));
    assertEquals(Set.of(a), ids(mine + "active ne false"));
    assertEquals(Set.of(a), ids(mine + "name.familyName eq \"hopper\""));
    assertEquals(Set.of(a), ids(mine + "name[givenName eq \"Grace\"]"));
    assertEquals(Set.of(a, b), ids(mine + "(name.givenName eq \"Ada\" or title pr or emails pr)"));
    assertEquals(Set.of(a), ids(mine + ENTERPRISE + ":employeeNumber eq \"" + tag + "-1\""));
    assertEquals(Set.of(a), ids(mine + ENTERPRISE + ":manager.value eq \"boss-1\""));
    assertEquals(Set.of(a), ids(mine + "emails[type eq \"work\" and value sw \"" + tag + "-a\"]"));
    assertEquals(Set.of(a, b), ids(mine + "meta.lastModified gt \"2020-01-01T00:00:00Z\""));
    assertEquals(Set.of(), ids(mine + "meta.created lt \"2020-01-01T00:00:00Z\""));
    assertEquals(Set.of(b), ids(mine + "externalId sw \"00u\""));
    assertEquals(Set.of(a, b), ids(mine + "userName gt \"" + tag + "\""));
    assertEquals(Set.of(b), ids(mine + "locale eq \"en-US\" and displayName pr"));
  }

  private Set<String> ids(String filter) {
    JsonObject page = scim.get("/Users?count=50&filter=" + q(filter)).json();
    return page.getJsonArray("Resources").stream()
        .map(r -> r.asJsonObject().getString("id"))
        .collect(Collectors.toSet());
  }

  private int count(String filter) {
    var response = scim.get("/Users?filter=" + q(filter) + "&startIndex=1&count=100");
    assertEquals(200, response.status(), response.toString());
    return response.json().getInt("totalResults");
  }

  private void assertMatches(String filter, String id) {
    assertEquals(Set.of(id), ids(filter), filter);
  }
}
