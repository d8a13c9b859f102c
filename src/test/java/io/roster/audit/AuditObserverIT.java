package io.roster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside Liberty: audit entries share the fate of the transaction that fired the change. */
@ExtendWith(ArquillianExtension.class)
class AuditObserverIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject Event<ResourceChanged> changes;
  @Inject AuditSearch search;
  @Inject UserTransaction tx;
  @Inject CurrentActor currentActor;

  long entriesFor(String targetId) {
    return search.find(new AuditQuery(null, null, null, null, "User", targetId, 0, 10)).total();
  }

  ResourceChanged change(String id) {
    return new ResourceChanged(Action.USER_CREATED, "User", id, "jdoe", "userName=jdoe");
  }

  @Test
  void committedChangeHasAnEntry() throws Exception {
    String id = UUID.randomUUID().toString();
    tx.begin();
    changes.fire(change(id));
    tx.commit();

    AuditEntryView entry =
        search.find(new AuditQuery(null, null, null, null, "User", id, 0, 10)).entries().get(0);
    assertEquals("user.created", entry.action());
    assertEquals("jdoe", entry.targetName());
    assertEquals("success", entry.outcome());
    assertEquals(Actor.SYSTEM, entry.actor());
  }

  @Test
  void theRequestsActorIsRecorded() throws Exception {
    String id = UUID.randomUUID().toString();
    Actor okta = Actor.token(UUID.randomUUID().toString(), "Okta");
    currentActor.set(okta);
    tx.begin();
    changes.fire(change(id));
    tx.commit();

    AuditEntryView entry =
        search.find(new AuditQuery(null, null, null, null, "User", id, 0, 10)).entries().get(0);
    assertEquals(okta, entry.actor());
  }

  @Test
  void rolledBackChangeLeavesNoEntry() throws Exception {
    String id = UUID.randomUUID().toString();
    tx.begin();
    changes.fire(change(id));
    assertEquals(1, entriesFor(id), "visible inside the transaction");
    tx.rollback();
    assertEquals(0, entriesFor(id));
  }

  @Test
  void entriesCannotBeRewritten() throws Exception {
    String id = UUID.randomUUID().toString();
    tx.begin();
    changes.fire(change(id));
    tx.commit();

    assertThrows(
        SQLException.class,
        () -> Database.update("DELETE FROM audit_entry WHERE target_id = ?", id));
    assertThrows(
        SQLException.class,
        () -> Database.update("UPDATE audit_entry SET summary = 'x' WHERE target_id = ?", id));
    assertEquals(1, entriesFor(id));
  }
}
