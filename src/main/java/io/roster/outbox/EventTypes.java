package io.roster.outbox;

import io.roster.events.Action;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The event types the host application is told of, and the audit actions they come from. */
public final class EventTypes {
  public static final String ACCESS_CHANGED = "access.changed";

  private static final Map<Action, String> OF_ACTION =
      Map.ofEntries(
          Map.entry(Action.USER_CREATED, "user.created"),
          Map.entry(Action.USER_UPDATED, "user.updated"),
          Map.entry(Action.USER_DEACTIVATED, "user.deactivated"),
          Map.entry(Action.USER_REACTIVATED, "user.reactivated"),
          Map.entry(Action.USER_DELETED, "user.deleted"),
          Map.entry(Action.GROUP_CREATED, "group.created"),
          Map.entry(Action.GROUP_RENAMED, "group.renamed"),
          Map.entry(Action.GROUP_DELETED, "group.deleted"),
          Map.entry(Action.GROUP_MEMBER_ADDED, "group.member_added"),
          Map.entry(Action.GROUP_MEMBER_REMOVED, "group.member_removed"),
          Map.entry(Action.ROLE_ACCESS_CHANGED, "role.access_changed"));

  /** Every type, in the order the README lists them. */
  public static final List<String> ALL =
      List.of(
          "user.created",
          "user.updated",
          "user.deactivated",
          "user.reactivated",
          "user.deleted",
          "group.created",
          "group.renamed",
          "group.deleted",
          "group.member_added",
          "group.member_removed",
          "role.access_changed",
          ACCESS_CHANGED);

  private EventTypes() {}

  /** The event type of an audited action, empty for actions the host application is not told. */
  static Optional<String> of(Action action) {
    return Optional.ofNullable(OF_ACTION.get(action));
  }
}
