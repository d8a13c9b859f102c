package io.roster.events;

/**
 * Announces a committed-to-be change of a user, group, role, setting or token. Fired synchronously
 * inside the transaction that makes the change, so an observer that writes (the audit log) commits
 * or rolls back with it.
 *
 * @param action what happened
 * @param targetType {@code User}, {@code Group}, {@code Role}, {@code Token}, {@code Setting}
 * @param targetId the target's id
 * @param targetName a human name for the target (userName, displayName, token name)
 * @param summary a compact description of what changed; never a secret or a password
 */
public record ResourceChanged(
    Action action, String targetType, String targetId, String targetName, String summary) {}
