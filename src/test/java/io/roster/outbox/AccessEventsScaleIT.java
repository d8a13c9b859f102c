package io.roster.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A level change on a large role writes one access.changed event per member in a fixed number of
 * statements, counted by a trigger in PostgreSQL (not timed). The size is {@code
 * -Droster.it.role-members} (5,000 by default; the README's 50,000 figure was measured with it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessEventsScaleIT {
  static final int MEMBERS = Integer.getInteger("roster.it.role-members", 5_000);
  private static final Logger LOG = Logger.getLogger(AccessEventsScaleIT.class.getName());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void aLevelChangeOnALargeRoleIsTwoStatementsWhateverItsSize() throws Exception {
    String prefix = "scale-" + UUID.randomUUID() + "-";
    UUID group = UUID.randomUUID();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO scim_user (id, user_name, created_at, last_modified, version)"
              + " SELECT gen_random_uuid(), '"
              + prefix
              + "' || n, now(), now(), 1 FROM generate_series(1, "
              + MEMBERS
              + ") n");
      s.executeUpdate(
          "INSERT INTO scim_group (id, display_name, created_at, last_modified, version)"
              + " VALUES ('"
              + group
              + "', '"
              + prefix
              + "', now(), now(), 1)");
      s.executeUpdate(
          "INSERT INTO group_member (group_id, user_id) SELECT '"
              + group
              + "', id FROM scim_user WHERE user_name LIKE '"
              + prefix
              + "%'");
      s.execute("CREATE TABLE IF NOT EXISTS it_outbox_statements (n bigint)");
      s.execute("TRUNCATE it_outbox_statements");
      s.execute(
          """
          CREATE OR REPLACE FUNCTION it_outbox_count() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN INSERT INTO it_outbox_statements VALUES (1); RETURN NULL; END $$""");
      s.execute(
          "CREATE OR REPLACE TRIGGER it_outbox_statements AFTER INSERT ON event_outbox"
              + " FOR EACH STATEMENT EXECUTE FUNCTION it_outbox_count()");
    }
    try {
      ScimClient admin = AdminApiAccess.client();
      long started = System.nanoTime();
      var response =
          admin.put(
              "/admin/roles/" + group + "/access",
              "{\"datasets\":\"edit\"}",
              "Content-Type",
              "application/json");
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(200, response.status(), response.toString());
      LOG.info(MEMBERS + "-member level change with its events: " + millis + " ms");
      try (Connection c = TestDatabase.connect();
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT (SELECT count(*) FROM it_outbox_statements),"
                      + " (SELECT count(*) FROM event_outbox WHERE type = 'access.changed'"
                      + " AND data->'user'->>'userName' LIKE '"
                      + prefix
                      + "%')")) {
        r.next();
        assertEquals(2, r.getInt(1), "role.access_changed, then one INSERT ... SELECT");
        assertEquals(MEMBERS, r.getInt(2), "one access.changed per member");
      }
    } finally {
      try (Connection c = TestDatabase.connect();
          Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER IF EXISTS it_outbox_statements ON event_outbox");
        s.executeUpdate("DELETE FROM scim_group WHERE id = '" + group + "'");
        s.executeUpdate("DELETE FROM scim_user WHERE user_name LIKE '" + prefix + "%'");
      }
    }
  }
}
