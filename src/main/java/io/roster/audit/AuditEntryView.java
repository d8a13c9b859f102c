package io.roster.audit;

import java.time.OffsetDateTime;

/** An audit entry as the admin API shows it. */
public record AuditEntryView(
    long id,
    OffsetDateTime occurredAt,
    Actor actor,
    String action,
    String targetType,
    String targetId,
    String targetName,
    String outcome,
    String summary,
    String callerAddress) {
  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.id,
        e.occurredAt,
        new Actor(e.actorType, e.actorId, e.actorName),
        e.action,
        e.targetType,
        e.targetId,
        e.targetName,
        e.outcome,
        e.summary,
        e.callerAddress);
  }
}
