package io.roster.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.roster.scim.json.Jsons;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SCIM passwords are accepted and dropped: nothing of them is stored, the audit says so. */
@ExtendWith(ArquillianExtension.class)
class UserPasswordsIT {
  private static final String PASSWORD = "Sup3r-s3cret-" + UUID.randomUUID();

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject UserService users;

  @Test
  void aPasswordIsAuditedAsSetAndNeverStored() throws Exception {
    String userName = "password-" + UUID.randomUUID();
    JsonObject body =
        Jsons.createObjectBuilder().add("userName", userName).add("password", PASSWORD).build();
    String id = users.create(body).user().id.toString();
    users.replace(id, body, null);

    assertNull(
        Database.queryString(
            "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'scim_user' AND column_name LIKE '%password%'"),
        "no column holds it");
    assertEquals(
        "active=true; password set",
        summary(id, "user.created"),
        "a create that carried a password");
    assertEquals("password set", summary(id, "user.updated"), "a PUT changing only the password");
    assertFalse(
        Database.queryString("SELECT string_agg(summary, ' ') FROM audit_entry").contains(PASSWORD),
        "never its value");
  }

  private static String summary(String id, String action) throws Exception {
    return Database.queryString(
        "SELECT summary FROM audit_entry WHERE target_id = ? AND action = ?", id, action);
  }
}
