package io.roster.audit;

import java.time.OffsetDateTime;

/**
 * A page of the audit log, newest first. Null filters match everything.
 *
 * @param actor an actor's name or id
 * @param target a target's id or name
 */
public record AuditQuery(
    OffsetDateTime from,
    OffsetDateTime to,
    String actor,
    String action,
    String targetType,
    String target,
    int offset,
    int limit) {}
