package io.roster.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET of a group of thousands of members, which Roster writes while it reads the members. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargeGroupIT {
  static final int MEMBERS = 3_000;
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void aLargeGroupComesBackWholeInUserNameOrderWithItsETagAndLocation() throws Exception {
    var created = scim.post("/Groups", "{\"displayName\":\"Large " + UUID.randomUUID() + "\"}");
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    List<String> expected = seedMembers(UUID.fromString(id));

    var read = scim.get("/Groups/" + id);
    assertEquals(200, read.status(), read.toString());
    JsonObject group = read.json();
    JsonArray members = group.getJsonArray("members");
    assertEquals(MEMBERS, members.size());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      JsonObject member = members.getJsonObject(i);
      ids.add(member.getString("value"));
      assertEquals("User", member.getString("type"));
      assertTrue(member.getString("$ref").endsWith("/scim/Users/" + member.getString("value")));
      assertEquals(i % 2 == 0 ? "Member " + i : userName(id, i), member.getString("display"));
    }
    assertEquals(expected, ids);
    assertEquals(created.header("Location"), read.header("Location"));
    assertEquals(group.getJsonObject("meta").getString("version"), read.header("ETag"));
    assertEquals(created.header("ETag"), read.header("ETag"), "the seeding bumped no version");
    assertEquals(304, scim.get("/Groups/" + id, "If-None-Match", read.header("ETag")).status());

    JsonObject listed =
        scim.get("/Groups?filter=" + ScimClient.q("id eq \"" + id + "\""))
            .json()
            .getJsonArray("Resources")
            .getJsonObject(0);
    assertEquals(listed, group, "the streamed group is the one a listing builds");
  }

  @Test
  void projectionsShapeTheStreamedMembers() throws Exception {
    var created = scim.post("/Groups", "{\"displayName\":\"Large " + UUID.randomUUID() + "\"}");
    String id = created.json().getString("id");
    seedMembers(UUID.fromString(id));

    JsonObject values = scim.get("/Groups/" + id + "?attributes=members.value").json();
    assertEquals(id, values.getString("id"));
    assertFalse(values.containsKey("displayName"));
    assertEquals(MEMBERS, values.getJsonArray("members").size());
    assertEquals(Set.of("value"), values.getJsonArray("members").getJsonObject(0).keySet());

    var without = scim.get("/Groups/" + id + "?excludedAttributes=members");
    assertFalse(without.json().containsKey("members"));
    assertEquals(created.header("ETag"), without.header("ETag"));
    assertTrue(without.json().containsKey("displayName"));

    JsonObject noRef = scim.get("/Groups/" + id + "?excludedAttributes=members.$ref").json();
    assertEquals(
        Set.of("value", "display", "type"),
        noRef.getJsonArray("members").getJsonObject(0).keySet());
  }

  private static String userName(String groupId, int i) {
    return "large-%s-%05d@example.com".formatted(groupId.substring(0, 8), i);
  }

  /** MEMBERS users, every other one with a displayName, all in the group; their ids by userName. */
  private static List<String> seedMembers(UUID groupId) throws Exception {
    try (Connection c = TestDatabase.connect()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO scim_user (id, user_name, display_name, active, created_at,"
                  + " last_modified, version)"
                  + " SELECT gen_random_uuid(), format('large-%s-%s@example.com', ?,"
                  + " lpad(i::text, 5, '0')), CASE WHEN i % 2 = 0 THEN 'Member ' || i END,"
                  + " true, now(), now(), 1 FROM generate_series(0, ? - 1) i")) {
        s.setString(1, groupId.toString().substring(0, 8));
        s.setInt(2, MEMBERS);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO group_member (group_id, user_id) SELECT ?, id FROM scim_user"
                  + " WHERE user_name LIKE ?")) {
        s.setObject(1, groupId);
        s.setString(2, "large-" + groupId.toString().substring(0, 8) + "-%");
        s.executeUpdate();
      }
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id FROM scim_user WHERE user_name LIKE ? ORDER BY user_name")) {
        s.setString(1, "large-" + groupId.toString().substring(0, 8) + "-%");
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
      }
      return ids;
    }
  }
}
