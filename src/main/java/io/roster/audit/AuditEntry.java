package io.roster.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One audit log row. Never updated: the table's trigger refuses UPDATE and DELETE. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  /**
   * From the identity's own sequence, 50 at a time (liquibase 037): no round trip per entry. Each
   * node numbers from its own block, so ids order entries within a node only; the log is read
   * newest first by time.
   */
  @Id
  @SequenceGenerator(
      name = "audit_entry_id",
      sequenceName = "audit_entry_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
  Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  OffsetDateTime occurredAt;

  @Column(name = "actor_type", nullable = false, updatable = false)
  String actorType;

  @Column(name = "actor_id", updatable = false)
  String actorId;

  @Column(name = "actor_name", updatable = false)
  String actorName;

  @Column(nullable = false, updatable = false)
  String action;

  @Column(name = "target_type", updatable = false)
  String targetType;

  @Column(name = "target_id", updatable = false)
  String targetId;

  @Column(name = "target_name", updatable = false)
  String targetName;

  @Column(nullable = false, updatable = false)
  String outcome;

  @Column(updatable = false)
  String summary;

  @Column(name = "caller_address", updatable = false)
  String callerAddress;

  protected AuditEntry() {}

  AuditEntry(Actor actor, AuditRecord record, String callerAddress) {
    this.callerAddress = callerAddress;
    this.occurredAt = OffsetDateTime.now();
    this.actorType = actor.type();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.action = record.action().wire();
    this.targetType = record.targetType();
    this.targetId = record.targetId();
    this.targetName = record.targetName();
    this.outcome = record.outcome();
    this.summary = Summaries.truncate(record.summary());
  }
}
