package io.roster.events;

import jakarta.json.JsonObject;

/**
 * Announces a committed-to-be change of a user, group, role, setting or token. Fired synchronously
 * inside the transaction that makes the change, so an observer that writes (the audit log, the
 * event outbox) commits or rolls back with it.
 *
 * @param action what happened
 * @param targetType {@code User}, {@code Group}, {@code Role}, {@code Token}, {@code Setting}
 * @param targetId the target's id
 * @param targetName a human name for the target (userName, displayName, token name)
 * @param summary a compact description of what changed; never a secret or a password
 * @param data the target as the admin API shows it, for the host application's events; {@code null}
 *     for changes that are no event of the host application (settings, tokens)
 */
public record ResourceChanged(
    Action action,
    String targetType,
    String targetId,
    String targetName,
    String summary,
    JsonObject data) {

  /** A change the audit log records and the host application is not told of. */
  public ResourceChanged(
      Action action, String targetType, String targetId, String targetName, String summary) {
    this(action, targetType, targetId, targetName, summary, null);
  }
}
