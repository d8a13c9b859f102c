package io.roster.outbox;

import io.roster.audit.Actors;
import io.roster.events.AccessChanging;
import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Writes the host application's events into the outbox as the services announce their changes,
 * synchronously inside their transactions (as the audit log does): a rolled-back change leaves no
 * event, a committed one always has its events. After each change it writes the {@code
 * access.changed} events of the people a preceding {@link AccessChanging} named.
 */
@ApplicationScoped
public class OutboxObserver {
  @Inject Outbox outbox;
  @Inject AccessEvents accessEvents;
  @Inject Actors actors;

  void beforeAccessChange(@Observes AccessChanging scope) {
    accessEvents.snapshot(scope);
  }

  void onChange(@Observes ResourceChanged change) {
    if (change.data() == null) {
      return;
    }
    var type = EventTypes.of(change.action());
    if (type.isEmpty()) {
      return;
    }
    JsonObject actor = Outbox.json(actors.current());
    outbox.append(type.get(), subject(change), actor, change.data());
    accessEvents.writeChanges(actor);
  }

  /** The person an event is about: the user changed, or the member added or removed. */
  private static UUID subject(ResourceChanged change) {
    if ("User".equals(change.targetType())) {
      return UUID.fromString(change.targetId());
    }
    if (change.action() == Action.GROUP_MEMBER_ADDED
        || change.action() == Action.GROUP_MEMBER_REMOVED) {
      return UUID.fromString(change.data().getJsonObject("member").getString("value"));
    }
    return null;
  }
}
