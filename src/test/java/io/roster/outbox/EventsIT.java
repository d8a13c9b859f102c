package io.roster.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimFixtures;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox as the host application sees it through {@code GET /api/events}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsIT {
  static final String JSON = "application/json";
  final ScimClient scim = ScimTestAccess.client();
  final ScimClient admin = AdminApiAccess.client();
  ScimClient host;
  String start;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeEach
  void setUp() throws Exception {
    var token =
        admin.post(
            "/admin/scim/tokens",
            "{\"name\":\"host " + UUID.randomUUID() + "\",\"scope\":\"access\"}",
            "Content-Type",
            JSON);
    assertEquals(201, token.status(), token.toString());
    host =
        new ScimClient(
            ScimClient.BASE + "/api",
            Map.of("Authorization", "Bearer " + token.json().getString("token")));
    start = endOfFeed();
  }

  /** A cursor after every event written so far. */
  static String endOfFeed() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT coalesce(max(tx)::text, '0') || '.' || coalesce(max(id), 0)"
                    + " FROM event_outbox")) {
      r.next();
      return r.getString(1);
    }
  }

  /** Every event after {@code after}, paged with the feed's cursor. */
  List<JsonObject> events(String after, String query, int limit) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = after;
    while (true) {
      var page = host.get("/events?limit=" + limit + "&after=" + cursor + query);
      assertEquals(200, page.status(), page.toString());
      var events = page.json().getJsonArray("events");
      events.forEach(e -> all.add(e.asJsonObject()));
      if (events.isEmpty()) {
        return all;
      }
      cursor = page.json().getString("next");
    }
  }

  List<JsonObject> events() {
    return events(start, "", 100);
  }

  static List<JsonObject> about(List<JsonObject> events, String type, String id) {
    return events.stream()
        .filter(e -> e.getString("type").equals(type))
        .filter(e -> e.getJsonObject("data").toString().contains(id))
        .toList();
  }

  String user(String userName) {
    return ScimFixtures.user(scim, userName);
  }

  String group(String name, String... userIds) {
    return ScimFixtures.group(scim, name, userIds);
  }

  void setAccess(String roleId, String levels) {
    var response = admin.put("/admin/roles/" + roleId + "/access", levels, "Content-Type", JSON);
    assertEquals(200, response.status(), response.toString());
  }

  void patchActive(String userId, boolean active) {
    var response =
        scim.patch(
            "/Users/" + userId,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":"
                + active
                + "}]}");
    assertEquals(200, response.status(), response.toString());
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void everyUserChangeIsAnEventWithTheUserAsTheApiShowsItAndTheActor() {
    String name = unique("ev") + "@x.io";
    String id = user(name);
    var put = scim.put("/Users/" + id, "{\"userName\":\"" + name + "\",\"title\":\"Engineer\"}");
    assertEquals(200, put.status(), put.toString());
    patchActive(id, false);
    patchActive(id, true);
    assertEquals(204, scim.delete("/Users/" + id).status());

    List<JsonObject> mine =
        events().stream()
            .filter(e -> e.getString("type").startsWith("user."))
            .filter(e -> e.getJsonObject("data").getString("id").equals(id))
            .toList();
    assertEquals(
        List.of(
            "user.created", "user.updated", "user.deactivated", "user.reactivated", "user.deleted"),
        mine.stream().map(e -> e.getString("type")).toList());
    JsonObject updated = mine.get(1);
    assertEquals("Engineer", updated.getJsonObject("data").getString("title"));
    assertEquals(name, updated.getJsonObject("data").getString("userName"));
    assertFalse(mine.get(2).getJsonObject("data").getBoolean("active"));
    assertEquals("token", updated.getJsonObject("actor").getString("type"));
    assertTrue(updated.getString("createdAt").endsWith("Z"));
    assertFalse(updated.getString("id").isBlank());
  }

  @Test
  void groupChangesAndTheAccessTheyChangeAreEvents() {
    String alice = user(unique("alice") + "@x.io");
    String bob = user(unique("bob") + "@x.io");
    String name = unique("Team");
    String groupId = group(name, alice);
    setAccess(groupId, "{\"users\":\"edit\"}");
    var rename =
        scim.put(
            "/Groups/" + groupId,
            "{\"displayName\":\"" + name + "-2\",\"members\":[{\"value\":\"" + alice + "\"}]}");
    assertEquals(200, rename.status(), rename.toString());
    var add =
        scim.patch(
            "/Groups/" + groupId,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
                + "\"value\":[{\"value\":\""
                + bob
                + "\"}]}]}");
    assertTrue(add.status() == 200 || add.status() == 204, add.toString());
    patchActive(bob, false);
    var remove =
        scim.patch(
            "/Groups/" + groupId,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                + alice
                + "\\\"]\"}]}");
    assertTrue(remove.status() == 200 || remove.status() == 204, remove.toString());
    assertEquals(204, scim.delete("/Groups/" + groupId).status());

    List<JsonObject> events = events();
    assertEquals(1, about(events, "group.created", groupId).size());
    JsonObject renamed = about(events, "group.renamed", groupId).get(0);
    assertEquals(name + "-2", renamed.getJsonObject("data").getString("displayName"));
    assertEquals(name, renamed.getJsonObject("data").getString("previousDisplayName"));
    assertEquals(2, about(events, "group.member_added", groupId).size(), "alice, then bob");
    assertEquals(1, about(events, "group.member_removed", groupId).size());
    assertEquals(1, about(events, "group.deleted", groupId).size());
    JsonObject role = about(events, "role.access_changed", groupId).get(0).getJsonObject("data");
    assertEquals("edit", role.getJsonObject("levels").getString("users"));
    assertEquals("none", role.getJsonObject("previousLevels").getString("users"));

    // alice: granted edit by the level change, then none when she left the group.
    List<String> aliceAccess = accessChanges(events, alice);
    assertEquals(List.of("none>edit", "edit>none"), aliceAccess);
    // bob: edit on joining, none when deactivated; leaving and the deletion change nothing more.
    assertEquals(List.of("none>edit", "edit>none"), accessChanges(events, bob));
    JsonObject first = about(events, "access.changed", alice).get(0);
    assertEquals(alice, first.getJsonObject("data").getJsonObject("user").getString("id"));
    assertEquals(6, first.getJsonObject("data").getJsonObject("after").size(), "every area");
    assertEquals("admin", first.getJsonObject("actor").getString("type"), "the level change");
  }

  @Test
  void deletingAGrantingGroupAndDeletingAPersonChangeAccess() {
    String carol = user(unique("carol") + "@x.io");
    String dave = user(unique("dave") + "@x.io");
    String keep = group(unique("Keep"), dave);
    setAccess(keep, "{\"audit\":\"view\"}");
    String gone = group(unique("Gone"), carol);
    setAccess(gone, "{\"audit\":\"admin\"}");
    assertEquals(204, scim.delete("/Groups/" + gone).status());
    assertEquals(204, scim.delete("/Users/" + dave).status());

    List<JsonObject> events = events();
    assertEquals(List.of("none>admin", "admin>none"), accessChanges(events, carol, "audit"));
    assertEquals(List.of("none>view", "view>none"), accessChanges(events, dave, "audit"));
  }

  @Test
  void aLevelChangeOnALargeRoleWritesOneEventPerMemberInItsTransaction() throws Exception {
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      members.add(UUID.randomUUID().toString());
    }
    String groupId;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      String prefix = unique("bulk");
      s.executeUpdate(
          "INSERT INTO scim_user (id, user_name, created_at, last_modified, version)"
              + " SELECT CAST(m AS uuid), '"
              + prefix
              + "-' || m, now(), now(), 1 FROM unnest(CAST('{"
              + String.join(",", members)
              + "}' AS text[])) AS m");
      groupId = UUID.randomUUID().toString();
      s.executeUpdate(
          "INSERT INTO scim_group (id, display_name, created_at, last_modified, version) VALUES ('"
              + groupId
              + "', '"
              + prefix
              + "', now(), now(), 1)");
      s.executeUpdate(
          "INSERT INTO group_member (group_id, user_id) SELECT '"
              + groupId
              + "', CAST(m AS uuid) FROM unnest(CAST('{"
              + String.join(",", members)
              + "}' AS text[])) AS m");
    }
    setAccess(groupId, "{\"datasets\":\"view\"}");
    setAccess(groupId, "{\"features\":\"none\"}");

    List<JsonObject> access =
        events(start, "&types=access.changed", 1000).stream()
            .filter(e -> members.contains(userOf(e)))
            .toList();
    assertEquals(300, access.size(), "one per member, and none for a change that changes nothing");
    assertEquals(
        new HashSet<>(members), new HashSet<>(access.stream().map(e -> userOf(e)).toList()));
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM event_outbox a JOIN event_outbox r ON r.tx = a.tx"
                    + " WHERE a.type = 'access.changed' AND r.type = 'role.access_changed'"
                    + " AND r.data->>'id' = '"
                    + groupId
                    + "'")) {
      r.next();
      assertEquals(300, r.getInt(1), "each in the transaction of the level change");
    }
  }

  @Test
  void theFeedPagesThrough10000EventsInOrderWithoutLossOrRepeat() throws Exception {
    String marker = UUID.randomUUID().toString();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (int batch = 0; batch < 10; batch++) {
        s.executeUpdate(
            "INSERT INTO event_outbox (type, actor, data) SELECT 'user.updated',"
                + " '{\"type\":\"system\"}', jsonb_build_object('marker', '"
                + marker
                + "', 'n', n) FROM generate_series("
                + (batch * 1000)
                + ", "
                + (batch * 1000 + 999)
                + ") n");
        c.commit(); // ten transactions
      }
    }
    List<JsonObject> events = events(start, "&types=user.updated", 700);
    List<Integer> seen =
        events.stream()
            .map(e -> e.getJsonObject("data"))
            .filter(d -> marker.equals(d.getString("marker", "")))
            .map(d -> d.getInt("n"))
            .toList();
    assertEquals(10_000, seen.size());
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i, seen.get(i), "in order, each once");
    }
  }

  @Test
  void anEventCommittedLateIsNeverSkipped() throws Exception {
    try (Connection early = TestDatabase.connect();
        Connection late = TestDatabase.connect()) {
      early.setAutoCommit(false);
      late.setAutoCommit(false);
      // "late" gets the older transaction id, "early" commits first.
      insert(late, "late");
      insert(early, "early");
      early.commit();
      var page = host.get("/events?after=" + start + "&types=user.updated");
      assertEquals(200, page.status());
      assertFalse(page.body().contains("\"early\""), "held back while an older one runs");
      String cursor = page.json().getString("next");
      late.commit();
      List<String> after =
          events(cursor, "&types=user.updated", 100).stream()
              .map(e -> e.getJsonObject("data").getString("marker", ""))
              .filter(m -> m.equals("late") || m.equals("early"))
              .toList();
      assertEquals(List.of("late", "early"), after);
    }
  }

  private static void insert(Connection c, String marker) throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO event_outbox (type, actor, data) VALUES ('user.updated',"
              + " '{\"type\":\"system\"}', '{\"marker\":\""
              + marker
              + "\"}')");
    }
  }

  @Test
  void aWaitingReaderHearsOfAChangeAtOnce() throws Exception {
    long started = System.nanoTime();
    var waiting =
        CompletableFuture.supplyAsync(
            () -> host.get("/events?wait=10&types=user.created&after=" + start));
    Thread.sleep(1000);
    String id = user(unique("wait") + "@x.io");
    var page = waiting.get();
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(200, page.status());
    assertTrue(page.body().contains(id), page.toString());
    assertTrue(millis < 5000, "answered once the event was there, not after the wait: " + millis);
  }

  @Test
  void theFeedNeedsAnAccessTokenAndValidParameters() {
    assertEquals(401, new ScimClient(ScimClient.BASE + "/api", Map.of()).get("/events").status());
    var scimToken =
        new ScimClient(
            ScimClient.BASE + "/api", Map.of("Authorization", scim.headers().get("Authorization")));
    assertEquals(401, scimToken.get("/events").status(), "a SCIM token reads no events");
    assertEquals(200, admin.get("/events?limit=1").status(), "an admin may");
    for (String bad :
        List.of(
            "limit=0", "limit=1001", "limit=x", "wait=31", "types=user.exploded", "after=x.y")) {
      var response = host.get("/events?" + bad);
      assertEquals(400, response.status(), bad + ": " + response);
      assertEquals(400, response.json().getInt("status"));
    }
  }

  private static String userOf(JsonObject event) {
    return event.getJsonObject("data").getJsonObject("user").getString("id");
  }

  /** The person's access changes as "before>after" of {@code area}. */
  private static List<String> accessChanges(List<JsonObject> events, String userId, String area) {
    return events.stream()
        .filter(e -> e.getString("type").equals("access.changed"))
        .filter(e -> userOf(e).equals(userId))
        .map(e -> e.getJsonObject("data"))
        .map(
            d ->
                d.getJsonObject("before").getString(area)
                    + ">"
                    + d.getJsonObject("after").getString(area))
        .toList();
  }

  private static List<String> accessChanges(List<JsonObject> events, String userId) {
    return accessChanges(events, userId, "users");
  }
}
