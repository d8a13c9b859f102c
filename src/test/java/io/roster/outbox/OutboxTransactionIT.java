package io.roster.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.role.RoleService;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import io.roster.user.UserService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside Liberty: no change without its events, no event without its change. */
@ExtendWith(ArquillianExtension.class)
class OutboxTransactionIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject UserService users;
  @Inject RoleService roles;
  @Inject UserTransaction tx;

  static long events(String type, String path, String value) throws Exception {
    return Long.parseLong(
        Database.queryString(
            "SELECT count(*) FROM event_outbox WHERE type = ? AND data #>> CAST(? AS text[]) = ?",
            type,
            path,
            value));
  }

  static JsonObject user(String userName) {
    return Json.createObjectBuilder().add("userName", userName).build();
  }

  @Test
  void aRolledBackChangeWritesNoEventAndACommittedOneDoes() throws Exception {
    String rolledBack = "rb-" + UUID.randomUUID() + "@x.io";
    tx.begin();
    users.create(user(rolledBack));
    assertEquals(1, events("user.created", "{userName}", rolledBack), "inside the transaction");
    tx.rollback();
    assertEquals(0, events("user.created", "{userName}", rolledBack));

    String committed = "ok-" + UUID.randomUUID() + "@x.io";
    tx.begin();
    users.create(user(committed));
    tx.commit();
    assertEquals(1, events("user.created", "{userName}", committed));
  }

  @Test
  void aRolledBackLevelChangeWritesNoAccessChange() throws Exception {
    String userId = UUID.randomUUID().toString();
    String groupId = UUID.randomUUID().toString();
    Database.update(
        "INSERT INTO scim_user (id, user_name, created_at, last_modified, version)"
            + " VALUES (CAST(? AS uuid), ?, now(), now(), 1)",
        userId,
        "lv-" + userId);
    Database.update(
        "INSERT INTO scim_group (id, display_name, created_at, last_modified, version)"
            + " VALUES (CAST(? AS uuid), ?, now(), now(), 1)",
        groupId,
        "lv-" + groupId);
    Database.update(
        "INSERT INTO group_member (group_id, user_id) VALUES (CAST(? AS uuid), CAST(? AS uuid))",
        groupId,
        userId);
    tx.begin();
    roles.setAccess(UUID.fromString(groupId), Map.of("console", "admin"));
    assertEquals(1, events("access.changed", "{user,id}", userId), "inside the transaction");
    tx.rollback();
    assertEquals(0, events("access.changed", "{user,id}", userId));
    assertEquals(0, events("role.access_changed", "{id}", groupId));

    roles.setAccess(UUID.fromString(groupId), Map.of("console", "admin"));
    assertEquals(1, events("access.changed", "{user,id}", userId));
  }
}
