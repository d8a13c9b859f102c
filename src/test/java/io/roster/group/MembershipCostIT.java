package io.roster.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member change costs the same in a group of 10 as in a group of 5,000: the rows and statements
 * it writes are counted by triggers in PostgreSQL itself, not timed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipCostIT {
  static final int LARGE = 5_000;
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeEach
  void countWrites() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS it_writes (tbl text, kind text, n bigint,"
              + " PRIMARY KEY (tbl, kind))");
      s.execute("TRUNCATE it_writes");
      s.execute(
          """
          CREATE OR REPLACE FUNCTION it_count() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            INSERT INTO it_writes VALUES (TG_TABLE_NAME, TG_LEVEL || ' ' || TG_OP, 1)
              ON CONFLICT (tbl, kind) DO UPDATE SET n = it_writes.n + 1;
            RETURN NULL;
          END $$""");
      for (String table : new String[] {"group_member", "scim_group", "scim_user"}) {
        s.execute(
            "CREATE OR REPLACE TRIGGER it_rows AFTER INSERT OR UPDATE OR DELETE ON "
                + table
                + " FOR EACH ROW EXECUTE FUNCTION it_count()");
        s.execute(
            "CREATE OR REPLACE TRIGGER it_statements AFTER INSERT OR UPDATE OR DELETE ON "
                + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION it_count()");
      }
    }
  }

  @AfterEach
  void stopCounting() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      for (String table : new String[] {"group_member", "scim_group", "scim_user"}) {
        s.execute("DROP TRIGGER IF EXISTS it_rows ON " + table);
        s.execute("DROP TRIGGER IF EXISTS it_statements ON " + table);
      }
    }
  }

  @Test
  void addingAndRemovingOneMemberWritesTheSameRowsWhateverTheGroupSize() throws Exception {
    String small = groupOf(10);
    String large = groupOf(LARGE);
    String newcomer = user();

    Map<String, Long> smallAdd = writesOf(() -> add(small, newcomer));
    Map<String, Long> largeAdd = writesOf(() -> add(large, newcomer));
    assertEquals(smallAdd, largeAdd);
    assertEquals(1L, largeAdd.get("group_member ROW INSERT"));
    assertEquals(1L, largeAdd.get("scim_group ROW UPDATE"), "only the version of the group");

    Map<String, Long> smallRemove = writesOf(() -> remove(small, newcomer));
    Map<String, Long> largeRemove = writesOf(() -> remove(large, newcomer));
    assertEquals(smallRemove, largeRemove);
    assertEquals(1L, largeRemove.get("group_member ROW DELETE"));
  }

  private void add(String group, String user) {
    patch(
        group, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}]");
  }

  private void remove(String group, String user) {
    patch(group, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + user + "\\\"]\"}]");
  }

  private void patch(String group, String operations) {
    var response =
        scim.patch(
            "/Groups/" + group,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                + operations
                + "}");
    assertEquals(204, response.status(), response.toString());
  }

  private Map<String, Long> writesOf(Runnable action) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE it_writes");
      action.run();
      Map<String, Long> writes = new LinkedHashMap<>();
      try (ResultSet rs =
          s.executeQuery("SELECT tbl || ' ' || kind, n FROM it_writes ORDER BY 1")) {
        while (rs.next()) {
          writes.put(rs.getString(1), rs.getLong(2));
        }
      }
      return writes;
    }
  }

  private String user() {
    var created =
        scim.post("/Users", "{\"userName\":\"cost-" + UUID.randomUUID() + "@example.com\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  /** A group whose members are inserted in bulk, as a large directory would have them. */
  private String groupOf(int size) throws Exception {
    var created = scim.post("/Groups", "{\"displayName\":\"Cost " + UUID.randomUUID() + "\"}");
    assertEquals(201, created.status(), created.toString());
    UUID group = UUID.fromString(created.json().getString("id"));
    try (Connection c = TestDatabase.connect();
        PreparedStatement users =
            c.prepareStatement(
                "INSERT INTO scim_user (id, user_name, active, created_at, last_modified, version)"
                    + " VALUES (?, ?, true, now(), now(), 1)");
        PreparedStatement members =
            c.prepareStatement("INSERT INTO group_member (group_id, user_id) VALUES (?, ?)")) {
      for (int i = 0; i < size; i++) {
        UUID user = UUID.randomUUID();
        users.setObject(1, user);
        users.setString(2, "bulk-" + user + "@example.com");
        users.addBatch();
        members.setObject(1, group);
        members.setObject(2, user);
        members.addBatch();
      }
      users.executeBatch();
      members.executeBatch();
    }
    return group.toString();
  }
}
