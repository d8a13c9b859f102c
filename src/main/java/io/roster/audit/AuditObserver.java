package io.roster.audit;

import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records every announced change. The event is fired synchronously inside the service's
 * transaction, and {@link AuditLog} joins it: a rolled-back change leaves no entry.
 */
@ApplicationScoped
public class AuditObserver {
  @Inject AuditLog auditLog;
  @Inject Actors actors;

  void onChange(@Observes ResourceChanged change) {
    auditLog.record(actors.current(), AuditRecord.of(change));
  }
}
