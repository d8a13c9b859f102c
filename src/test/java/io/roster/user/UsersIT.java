package io.roster.user;

import static io.roster.testing.ScimClient.q;
import static io.roster.user.UserFixtures.create;
import static io.roster.user.UserFixtures.groupOf;
import static io.roster.user.UserFixtures.oktaUser;
import static io.roster.user.UserFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The User resource's lifecycle, paging and error answers, over HTTP as an IdP sends them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersIT {
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void createReturnsTheStoredUserWithLocationAndETag() {
    String userName = unique("ada");
    var created = create(scim, oktaUser(userName));

    JsonObject user = created.json();
    String id = user.getString("id");
    assertEquals(userName, user.getString("userName"));
    assertEquals("Lovelace", user.getJsonObject("name").getString("familyName"));
    assertTrue(user.getBoolean("active"));
    assertFalse(user.containsKey("password"), "password is never returned");
    assertEquals("User", user.getJsonObject("meta").getString("resourceType"));
    assertTrue(created.header("Location").endsWith("/scim/Users/" + id));
    assertEquals(user.getJsonObject("meta").getString("location"), created.header("Location"));
    assertEquals(user.getJsonObject("meta").getString("version"), created.header("ETag"));
    assertTrue(created.header("Content-Type").startsWith("application/scim+json"));

    var read = scim.get("/Users/" + id);
    assertEquals(200, read.status());
    assertEquals(user, read.json());
  }

  @Test
  void eachRequestsLocationFollowsTheHostItWasSentTo() {
    // One resource instance serves every request: its UriInfo must be the current request's.
    String id = create(scim, oktaUser(unique("host"))).json().getString("id");
    ScimClient byAddress =
        new ScimClient(
            ScimClient.BASE.replace("://localhost:", "://127.0.0.1:") + "/scim", scim.headers());
    for (int i = 0; i < 3; i++) {
      assertTrue(
          scim.get("/Users/" + id).header("Location").startsWith("http://localhost:"),
          "asked through localhost");
      assertTrue(
          byAddress.get("/Users/" + id).header("Location").startsWith("http://127.0.0.1:"),
          "asked through 127.0.0.1");
    }
  }

  @Test
  void everyAnswerCarryingOneUserHasItsLocation() {
    var created = create(scim, oktaUser(unique("loc")));
    String location = created.header("Location");
    String id = created.json().getString("id");
    String deactivate =
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"replace","value":{"active":false}}]}
        """;
    String replacement = "{\"userName\":\"%s\"}".formatted(created.json().getString("userName"));
    for (var answer :
        List.of(
            scim.get("/Users/" + id),
            scim.get("/Users/" + id + "?attributes=userName"),
            scim.put("/Users/" + id, replacement),
            scim.patch("/Users/" + id, deactivate))) {
      assertEquals(200, answer.status(), answer.toString());
      assertEquals(location, answer.header("Location"), answer.toString());
    }
  }

  /** Puts JSON's escape for U+0000, which PostgreSQL's text cannot hold, where {@code ~} is. */
  static String withNul(String json) {
    return json.replace("~", "\\u0000");
  }

  @Test
  void aNulCharacterInAnyStringIsRefusedAndNothingIsStored() {
    String userName = unique("nul");
    String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    for (String body :
        List.of(
            "{'userName':'a~b'}",
            "{'userName':'NAME','name':{'givenName':'A~b'}}",
            "{'userName':'NAME','emails':[{'value':'a@b','type':'w~k'}]}",
            "{'userName':'NAME','" + enterprise + "':{'manager':{'value':'b~s'}}}")) {
      String json = withNul(body.replace('\'', '"').replace("NAME", userName));
      assertError(scim.post("/Users", json), 400, "invalidValue");
    }
    String filter = q("userName eq \"" + userName + "\"");
    assertEquals(0, scim.get("/Users?filter=" + filter).json().getInt("totalResults"));

    var created = create(scim, oktaUser(userName));
    String id = created.json().getString("id");
    String put = withNul("{\"userName\":\"%s\",\"title\":\"x~y\"}".formatted(userName));
    assertError(scim.put("/Users/" + id, put), 400, "invalidValue");
    for (String operation :
        List.of(
            "{'op':'replace','path':'displayName','value':'x~y'}",
            "{'op':'replace','value':{'name':{'familyName':'x~y'}}}",
            "{'op':'add','path':'emails[type eq \\'work\\'].value','value':'x~y'}")) {
      String patch =
          "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
              + operation
              + "]}";
      String json = withNul(patch.replace('\'', '"'));
      assertError(scim.patch("/Users/" + id, json), 400, "invalidValue");
    }
    assertEquals(created.json(), scim.get("/Users/" + id).json(), "nothing changed");
  }

  @Test
  void aPlainStringWhereAListOfComplexValuesBelongsIsRefused() {
    String userName = unique("notalist");
    for (String attribute :
        List.of(
            "emails",
            "phoneNumbers",
            "ims",
            "photos",
            "addresses",
            "entitlements",
            "roles",
            "x509Certificates")) {
      String body = "{\"userName\":\"%s\",\"%s\":\"not-a-list\"}".formatted(userName, attribute);
      assertError(scim.post("/Users", body), 400, "invalidValue");
    }
    String filter = q("userName eq \"" + userName + "\"");
    assertEquals(0, scim.get("/Users?filter=" + filter).json().getInt("totalResults"));

    String id = create(scim, oktaUser(userName)).json().getString("id");
    String patch =
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"add","path":"emails","value":"not-a-list"}]}
        """;
    assertError(scim.patch("/Users/" + id, patch), 400, "invalidValue");
  }

  @Test
  void aValueFilterInAttributesIsRefusedNotIgnored() {
    String userName = unique("attrfilter");
    String id = create(scim, oktaUser(userName)).json().getString("id");
    String selection = q("emails[type eq \"work\"]");
    assertError(scim.get("/Users/" + id + "?attributes=" + selection), 400, "invalidValue");
    assertError(scim.get("/Users?attributes=" + selection), 400, "invalidValue");
    assertError(scim.get("/Users?excludedAttributes=" + selection), 400, "invalidValue");
    String search = "{\"attributes\":[\"emails[type eq \\\"work\\\"]\"]}";
    assertError(scim.post("/Users/.search", search), 400, "invalidValue");
  }

  @Test
  void plainJsonContentTypeIsAccepted() {
    var created =
        scim.post("/Users", oktaUser(unique("plain")), "Content-Type", "application/json");
    assertEquals(201, created.status(), created.toString());
  }

  @Test
  void duplicateUserNameInAnyCaseIsAConflict() {
    String userName = unique("dup");
    create(scim, oktaUser(userName));
    var again = scim.post("/Users", oktaUser(userName.toUpperCase()));
    assertError(again, 409, "uniqueness");
  }

  @Test
  void renamingToATakenUserNameIsAConflictThatChangesNothing() {
    String taken = unique("taken");
    create(scim, oktaUser(taken));
    JsonObject other = create(scim, oktaUser(unique("other"))).json();
    String id = other.getString("id");
    String rename =
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}
        """
            .formatted(taken.toUpperCase());
    assertError(scim.put("/Users/" + id, rename), 409, "uniqueness");
    String patch =
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"replace","value":{"userName":"%s","emails":[]}}]}
        """
            .formatted(taken);
    assertError(scim.patch("/Users/" + id, patch), 409, "uniqueness");
    assertEquals(other, scim.get("/Users/" + id).json(), "the user is as it was");
  }

  @Test
  void racingCreatesOfOneUserNameLetExactlyOneWin() throws Exception {
    String userName = unique("race");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tasks.add(() -> scim.post("/Users", oktaUser(userName)).status());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(tasks)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
  }

  @Test
  void unknownIdsAreNotFound() {
    assertError(scim.get("/Users/00919288221112222"), 404, null);
    assertError(scim.get("/Users/2819c223-7f76-453a-919d-413861904646"), 404, null);
    assertError(scim.delete("/Users/not-a-user"), 404, null);
  }

  @Test
  void putReplacesTheWholeUser() {
    var created = create(scim, UserFixtures.entraUser(unique("put"), "E1")).json();
    String id = created.getString("id");
    var replaced =
        scim.put(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "id":"ignored","userName":"%s","title":"Admiral","active":false,
             "meta":{"resourceType":"Nonsense"}}
            """
                .formatted(created.getString("userName")));
    assertEquals(200, replaced.status(), replaced.toString());
    JsonObject user = replaced.json();
    assertEquals(id, user.getString("id"));
    assertEquals("Admiral", user.getString("title"));
    assertFalse(user.getBoolean("active"));
    assertFalse(user.containsKey("name"), "left out on PUT means cleared");
    assertFalse(user.containsKey("emails"));
    assertFalse(user.containsKey("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    assertEquals("User", user.getJsonObject("meta").getString("resourceType"));
  }

  @Test
  void deleteThenNotFound() {
    String id = create(scim, oktaUser(unique("del"))).json().getString("id");
    assertEquals(204, scim.delete("/Users/" + id).status());
    assertError(scim.get("/Users/" + id), 404, null);
  }

  @Test
  void etagsGuardReadsAndWrites() {
    var created = create(scim, oktaUser(unique("etag")));
    String id = created.json().getString("id");
    String etag = created.header("ETag");

    assertEquals(304, scim.get("/Users/" + id, "If-None-Match", etag).status());
    String deactivate =
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"replace","value":{"active":false}}]}
        """;
    var patched = scim.patch("/Users/" + id, deactivate, "If-Match", etag);
    assertEquals(200, patched.status(), patched.toString());
    String newEtag = patched.header("ETag");
    assertFalse(etag.equals(newEtag), "a change bumps the version");

    assertError(scim.patch("/Users/" + id, deactivate, "If-Match", etag), 412, null);
    assertError(scim.delete("/Users/" + id, "If-Match", etag), 412, null);
    assertEquals(200, scim.get("/Users/" + id, "If-None-Match", etag).status());
    assertEquals(204, scim.delete("/Users/" + id, "If-Match", newEtag).status());
  }

  @Test
  void primaryFalseComesBackAsSent() {
    String userName = unique("primary");
    String body =
        """
        {"userName":"%s","emails":[{"value":"w@example.com","type":"work","primary":false},
                                   {"value":"h@example.com","type":"home"}]}
        """
            .formatted(userName);
    String id = create(scim, body).json().getString("id");
    var emails = scim.get("/Users/" + id).json().getJsonArray("emails");
    assertEquals(false, emails.getJsonObject(0).getBoolean("primary"));
    assertFalse(emails.getJsonObject(1).containsKey("primary"), "not sent, not returned");
  }

  @Test
  void aManagerWhoIsAUserCarriesItsRef() {
    String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    var boss = create(scim, oktaUser(unique("boss")));
    String bossId = boss.json().getString("id");
    String body =
        """
        {"userName":"%s","%s":{"manager":{"value":"%s"}}}
        """;
    var created = create(scim, body.formatted(unique("report"), enterprise, bossId));
    for (JsonObject user :
        List.of(
            created.json(),
            scim.get("/Users/" + created.json().getString("id")).json(),
            scim.get(
                    "/Users?filter="
                        + q("userName eq \"" + created.json().getString("userName") + "\""))
                .json()
                .getJsonArray("Resources")
                .getJsonObject(0))) {
      JsonObject manager = user.getJsonObject(enterprise).getJsonObject("manager");
      assertEquals(bossId, manager.getString("value"));
      assertEquals(boss.header("Location"), manager.getString("$ref"));
    }
    for (String noUser : List.of("boss-1", UUID.randomUUID().toString())) {
      String id =
          create(scim, body.formatted(unique("report"), enterprise, noUser)).json().getString("id");
      JsonObject manager =
          scim.get("/Users/" + id).json().getJsonObject(enterprise).getJsonObject("manager");
      assertEquals(noUser, manager.getString("value"));
      assertFalse(manager.containsKey("$ref"), "a manager value that is no user has no $ref");
    }
    // A write's answer and a later read agree, whatever the letter case of the value.
    var upper = create(scim, body.formatted(unique("report"), enterprise, bossId.toUpperCase()));
    assertEquals(
        upper.json().getJsonObject(enterprise).getJsonObject("manager").containsKey("$ref"),
        scim.get("/Users/" + upper.json().getString("id"))
            .json()
            .getJsonObject(enterprise)
            .getJsonObject("manager")
            .containsKey("$ref"));
    assertEquals(204, scim.delete("/Users/" + bossId).status());
    JsonObject gone =
        scim.get("/Users/" + created.json().getString("id"))
            .json()
            .getJsonObject(enterprise)
            .getJsonObject("manager");
    assertFalse(gone.containsKey("$ref"), "a deleted manager's $ref goes with it");
  }

  /** {@code userName eq} takes a prepared query of its own: it must answer as the general path. */
  @Test
  void aUserNameFilterAnswersAsTheSameFilterWrittenAnotherWay() {
    String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    String bossId = create(scim, oktaUser(unique("boss"))).json().getString("id");
    String userName = unique("Eq.Mixed");
    var body =
        Json.createObjectBuilder(
                Json.createReader(new StringReader(oktaUser(userName))).readObject())
            .add(
                enterprise,
                Json.createObjectBuilder()
                    .add("manager", Json.createObjectBuilder().add("value", bossId)))
            .build();
    String id = create(scim, body.toString()).json().getString("id");
    groupOf(scim, id);

    String upper = q("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"");
    String qualified =
        q("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"" + userName + "\"");
    String general = q("userName eq \"" + userName + "\" or userName eq \"" + userName + "\"");
    for (String page :
        List.of("", "&startIndex=2", "&count=0", "&attributes=userName,groups", "&sortBy=title")) {
      JsonObject expected = scim.get("/Users?filter=" + general + page).json();
      assertEquals(expected, scim.get("/Users?filter=" + upper + page).json(), page);
      assertEquals(expected, scim.get("/Users?filter=" + qualified + page).json(), page);
    }
    JsonObject one =
        scim.get("/Users?filter=" + upper).json().getJsonArray("Resources").getJsonObject(0);
    assertEquals(id, one.getString("id"));
    assertEquals(1, one.getJsonArray("groups").size());
    assertEquals(1, one.getJsonArray("emails").size());
    assertTrue(one.getJsonObject(enterprise).getJsonObject("manager").containsKey("$ref"));
    JsonObject later = scim.get("/Users?filter=" + upper + "&startIndex=2").json();
    assertEquals(1, later.getInt("totalResults"));
    assertEquals(0, later.getInt("itemsPerPage"));
    JsonObject nobody = scim.get("/Users?filter=" + q("userName eq \"x" + userName + "\"")).json();
    assertEquals(0, nobody.getInt("totalResults"));
  }

  @Test
  void aUserReadAloneShowsTheGroupsAPageShows() {
    String userName = unique("grouped");
    String id = create(scim, oktaUser(userName)).json().getString("id");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    // Not in creation order; JSON's escapes and characters beyond ASCII on the way through SQL.
    List<String> names =
        List.of("A \"quoted\" \\ " + tag, "b " + tag, "\u00e9 \u65e5\u672c " + tag);
    for (String name : List.of(names.get(1), names.get(2), names.get(0))) {
      groupOf(scim, name, id);
    }
    String loner = unique("loner");
    String lonerId = create(scim, oktaUser(loner)).json().getString("id");

    for (String[] user : List.of(new String[] {id, userName}, new String[] {lonerId, loner})) {
      String general = q("userName eq \"" + user[1] + "\" or userName eq \"" + user[1] + "\"");
      JsonObject inPage =
          scim.get("/Users?filter=" + general).json().getJsonArray("Resources").getJsonObject(0);
      assertEquals(inPage, scim.get("/Users/" + user[0]).json());
      assertEquals(
          inPage,
          scim.get("/Users?filter=" + q("userName eq \"" + user[1] + "\""))
              .json()
              .getJsonArray("Resources")
              .getJsonObject(0));
    }
    var groups = scim.get("/Users/" + id).json().getJsonArray("groups");
    assertEquals(names, groups.stream().map(g -> g.asJsonObject().getString("display")).toList());
  }

  @Test
  void membersAndGroupsCarryTheirRefs() {
    var user = create(scim, oktaUser(unique("member")));
    String userId = user.json().getString("id");
    var group = groupOf(scim, userId);
    assertEquals(
        user.header("Location"),
        group.json().getJsonArray("members").getJsonObject(0).getString("$ref"));
    assertEquals(
        group.header("Location"),
        scim.get("/Users/" + userId)
            .json()
            .getJsonArray("groups")
            .getJsonObject(0)
            .getString("$ref"));
  }

  @Test
  void removingActiveIsRefusedAndChangesNothing() {
    var created = create(scim, oktaUser(unique("active")));
    String id = created.json().getString("id");
    String remove =
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"remove","path":"active"}]}
        """;
    assertError(scim.patch("/Users/" + id, remove), 400, "invalidValue");
    JsonObject after = scim.get("/Users/" + id).json();
    assertTrue(after.getBoolean("active"));
    assertEquals(created.header("ETag"), after.getJsonObject("meta").getString("version"));
  }

  @Test
  void theUnfilteredTotalIsExactTheMomentUsersAreCreatedOrDeleted() {
    int before = unfilteredTotal();
    String tag = unique("total");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(create(scim, oktaUser(tag + "-" + i + "@example.com")).json().getString("id"));
    }
    assertEquals(before + 3, unfilteredTotal(), "no cached total");
    assertEquals(204, scim.delete("/Users/" + ids.get(0)).status());
    assertEquals(before + 2, unfilteredTotal());
  }

  /** totalResults of a one-user page of every user: the page alone cannot tell it. */
  private int unfilteredTotal() {
    JsonObject page = scim.get("/Users?count=1").json();
    assertEquals(1, page.getInt("itemsPerPage"));
    return page.getInt("totalResults");
  }

  @Test
  void pagingSeesEveryUserExactlyOnceInAStableOrder() {
    String tag = "page" + System.nanoTime();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      ids.add(create(scim, oktaUser(tag + "-" + i + "@example.com")).json().getString("id"));
    }
    String filter = q("userName sw \"" + tag + "\"");
    Set<String> seen = new HashSet<>();
    for (int start = 1; start <= 7; start += 3) {
      JsonObject page =
          scim.get("/Users?filter=" + filter + "&startIndex=" + start + "&count=3").json();
      assertEquals(7, page.getInt("totalResults"));
      assertEquals(start, page.getInt("startIndex"));
      assertEquals(Math.min(3, 8 - start), page.getInt("itemsPerPage"));
      page.getJsonArray("Resources")
          .forEach(r -> assertTrue(seen.add(r.asJsonObject().getString("id")), "seen twice"));
    }
    assertEquals(ids, seen);

    JsonObject countOnly = scim.get("/Users?filter=" + filter + "&count=0").json();
    assertEquals(7, countOnly.getInt("totalResults"));
    assertEquals(0, countOnly.getInt("itemsPerPage"));

    JsonObject startBelowOne = scim.get("/Users?filter=" + filter + "&startIndex=0&count=1").json();
    assertEquals(1, startBelowOne.getInt("startIndex"));

    JsonObject sorted =
        scim.get("/Users?filter=" + filter + "&sortBy=userName&sortOrder=descending").json();
    assertEquals(
        tag + "-6@example.com",
        sorted.getJsonArray("Resources").getJsonObject(0).getString("userName"));
  }

  @Test
  void attributesAndExcludedAttributesShapeEveryRead() {
    String userName = unique("proj");
    String id = create(scim, oktaUser(userName)).json().getString("id");

    JsonObject only = scim.get("/Users/" + id + "?attributes=userName,name.givenName").json();
    assertEquals(userName, only.getString("userName"));
    assertEquals("Ada", only.getJsonObject("name").getString("givenName"));
    assertFalse(only.getJsonObject("name").containsKey("familyName"));
    assertFalse(only.containsKey("emails"));
    assertEquals(id, only.getString("id"), "id is always returned");

    JsonObject without = scim.get("/Users/" + id + "?excludedAttributes=emails,name").json();
    assertFalse(without.containsKey("emails"));
    assertFalse(without.containsKey("name"));
    assertEquals(userName, without.getString("userName"));

    JsonObject search =
        scim.post(
                "/Users/.search",
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName eq \\"%s\\"","attributes":["displayName"],"count":10}
                """
                    .formatted(userName))
            .json();
    assertEquals(1, search.getInt("totalResults"));
    JsonObject found = search.getJsonArray("Resources").getJsonObject(0);
    assertEquals("Ada Lovelace", found.getString("displayName"));
    assertFalse(found.containsKey("userName"));
  }

  @Test
  void badRequestsGetScimErrorsAndChangeNothing() {
    assertError(scim.post("/Users", "{not json"), 400, "invalidSyntax");
    assertError(scim.post("/Users", "[{\"userName\":\"x\"}]"), 400, "invalidSyntax");
    assertError(scim.post("/Users", ""), 400, "invalidSyntax");
    assertError(scim.post("/Users", "{\"name\":{\"givenName\":\"x\"}}"), 400, "invalidValue");
    assertError(scim.post("/Users", "{\"userName\":42}"), 400, "invalidValue");
    String group =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"userName\":\"g\"}";
    assertError(scim.post("/Users", group), 400, "invalidValue");
    assertError(scim.get("/Users?filter=" + q("userName eq")), 400, "invalidFilter");
    assertError(scim.get("/Users?filter=" + q("(".repeat(200) + "a eq 1")), 400, "invalidFilter");
    assertError(scim.get("/Users?filter=" + q("nosuch eq \"x\"")), 400, "invalidFilter");
    assertError(scim.get("/Users?count=many"), 400, "invalidValue");
    String manyOrs = "userName eq \"a\"" + " or userName eq \"a\"".repeat(100);
    var tooMany = scim.get("/Users?filter=" + q(manyOrs));
    assertError(tooMany, 400, "invalidFilter");
    assertTrue(tooMany.json().getString("detail").contains("100 comparisons"), tooMany.toString());
    String deep = "{\"userName\":\"x\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
    assertError(scim.post("/Users", deep), 400, "invalidSyntax");

    String big = "{\"userName\":\"" + "x".repeat(1_100_000) + "\"}";
    assertError(scim.post("/Users", big), 413, null);

    var wrongType = scim.post("/Users", "userName=x", "Content-Type", "text/plain");
    assertError(wrongType, 415, null);
    var garbled = scim.post("/Users", "{\"userName\":\"x\"}", "Content-Type", "garbage");
    assertError(garbled, 400, "invalidSyntax");
    assertError(scim.get("/Users?count=1", "Accept", "garbage"), 400, "invalidSyntax");
    assertError(scim.get("/Nothing/here"), 404, null);
  }

  static void assertError(ScimClient.Response response, int status, String scimType) {
    assertEquals(status, response.status(), response.toString());
    JsonObject error = response.json();
    assertEquals(ERROR, error.getJsonArray("schemas").getString(0));
    assertEquals(String.valueOf(status), error.getString("status"));
    assertNotNull(error.getString("detail", null), "detail");
    if (scimType != null) {
      assertEquals(scimType, error.getString("scimType"));
    }
  }
}
