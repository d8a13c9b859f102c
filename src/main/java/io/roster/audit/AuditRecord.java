package io.roster.audit;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;

/**
 * What an audit entry says besides who and when.
 *
 * @param outcome {@code success}, {@code failure} or {@code rejected}
 * @param summary compact and free of secrets: callers never pass tokens or passwords
 */
public record AuditRecord(
    Action action,
    String targetType,
    String targetId,
    String targetName,
    String outcome,
    String summary) {
  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";
  public static final String REJECTED = "rejected";

  static AuditRecord of(ResourceChanged change) {
    return new AuditRecord(
        change.action(),
        change.targetType(),
        change.targetId(),
        change.targetName(),
        SUCCESS,
        change.summary());
  }

  AuditRecord withSummary(String newSummary) {
    return new AuditRecord(action, targetType, targetId, targetName, outcome, newSummary);
  }
}
