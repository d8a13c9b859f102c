package io.roster.audit;

import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records every announced change. The event is fired synchronously inside the service's
 * transaction, and {@link AuditLog} joins it: a rolled-back change leaves no entry.
 */
@ApplicationScoped
public class AuditObserver {
  @Inject AuditLog auditLog;
  @Inject CurrentActor currentActor;

  void onChange(@Observes ResourceChanged change) {
    auditLog.record(actor(), AuditRecord.of(change));
  }

  /** Outside an HTTP request (start-up, background work) the change is Roster's own. */
  private Actor actor() {
    try {
      Actor actor = currentActor.get();
      return actor.equals(Actor.ANONYMOUS) ? Actor.SYSTEM : actor;
    } catch (ContextNotActiveException e) {
      return Actor.SYSTEM;
    }
  }
}
