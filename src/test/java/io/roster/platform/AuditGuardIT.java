package io.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Database;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log's guards in PostgreSQL: TRUNCATE refused, an application role that may only read
 * and append to it when a separate role migrates, and the caller's address on login events.
 */
@ExtendWith(ArquillianExtension.class)
class AuditGuardIT {
  static final String APP_ROLE = "roster_app_probe";

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClasses(Database.class, AdminApi.class, Http.class);
  }

  @Test
  void truncateIsRefused() throws Exception {
    SQLException refused =
        assertThrows(SQLException.class, () -> Database.update("TRUNCATE audit_entry"));
    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    assertTrue(Long.parseLong(Database.queryString("SELECT count(*) FROM audit_entry")) > 0);
  }

  /**
   * From the test JVM: the tests' PostgreSQL's superuser creates a second role; the migration, run
   * as the owner (roster) with that role as the application's, grants it what it needs.
   */
  @Test
  @RunAsClient
  void anApplicationRoleMayOnlyReadAndAppendTheAuditLog() throws Exception {
    String url =
        "jdbc:postgresql://localhost:" + System.getProperty("roster.test.db.port") + "/roster";
    try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
        Statement s = superuser.createStatement()) {
      s.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + APP_ROLE
              + "') THEN CREATE ROLE "
              + APP_ROLE
              + " LOGIN; END IF; END $$");
    }
    try (Connection owner = DriverManager.getConnection(url, "roster", "roster")) {
      owner.setAutoCommit(false);
      new SchemaMigration().migrate(owner, APP_ROLE);
      assertEquals(true, privilege(owner, "audit_entry", "INSERT"));
      assertEquals(true, privilege(owner, "audit_entry", "SELECT"));
      assertEquals(false, privilege(owner, "audit_entry", "UPDATE"));
      assertEquals(false, privilege(owner, "audit_entry", "DELETE"));
      assertEquals(false, privilege(owner, "audit_entry", "TRUNCATE"));
      assertEquals(true, privilege(owner, "scim_user", "UPDATE"));
      assertEquals(true, privilege(owner, "scim_user", "DELETE"));
      assertEquals(false, privilege(owner, "databasechangelog", "INSERT"));
      // the provisioning log's partitions: the application's role makes them as the owner would
      assertEquals(true, privilege(owner, "provisioning_log_drop_before(timestamptz)", "EXECUTE"));
      LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(50);
      try (Connection app = DriverManager.getConnection(url, APP_ROLE, "");
          PreparedStatement add = app.prepareStatement("SELECT provisioning_log_add_days(?, ?)")) {
        add.setObject(1, later);
        add.setObject(2, later);
        try (ResultSet made = add.executeQuery()) {
          made.next();
          assertEquals(1, made.getInt(1));
        }
      } finally {
        try (Statement s = owner.createStatement()) {
          s.execute(
              "DROP TABLE IF EXISTS provisioning_request_"
                  + DateTimeFormatter.BASIC_ISO_DATE.format(later));
          owner.commit();
        }
      }
    }
  }

  /** The application role's privilege on a table, or on a function when the name has (). */
  private static boolean privilege(Connection c, String object, String privilege)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            object.endsWith(")")
                ? "SELECT has_function_privilege(?, ?, ?)"
                : "SELECT has_table_privilege(?, ?, ?)")) {
      s.setString(1, APP_ROLE);
      s.setString(2, object);
      s.setString(3, privilege);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  @Test
  void aLoginIsRecordedWithTheCallersAddress() {
    String base =
        "http://localhost:" + ConfigProvider.getConfig().getValue("http.port", String.class);
    HttpResponse<String> refused =
        AdminApi.sendTo(base, AdminApi.USER, "not-the-password", "GET", "/api/admin/scim", null);
    assertEquals(401, refused.statusCode());
    JsonObject entry =
        Http.json(
                AdminApi.sendTo(
                    base,
                    AdminApi.USER,
                    AdminApi.PASSWORD,
                    "GET",
                    "/api/admin/audit?action=admin.login.failed&limit=1",
                    null))
            .getJsonArray("entries")
            .getJsonObject(0);
    // The test calls the server over the loopback interface.
    assertTrue(
        Set.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(entry.getString("callerAddress")),
        entry.toString());
  }
}
