package io.roster.events;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Announces, inside the transaction and <em>before</em> the change, that the effective access of
 * some people may be about to change, so that an observer can note their access as it was (the
 * event outbox does, set-based in SQL, and compares after the change's {@link ResourceChanged}).
 *
 * @param users the people concerned by id
 * @param group the group whose membership or role changes, or {@code null}
 * @param allMembers every member of {@code group} is concerned (a role's levels, a deleted group)
 * @param onlyIfGranting the change matters only when {@code group} grants some access (a membership
 *     change in a group whose role grants nothing changes nobody's access)
 */
public record AccessChanging(
    Collection<UUID> users, UUID group, boolean allMembers, boolean onlyIfGranting) {

  /** Members join or leave {@code group}. */
  public static AccessChanging membership(UUID group, Collection<UUID> users) {
    return new AccessChanging(List.copyOf(users), group, false, true);
  }

  /** Members join or leave {@code group}, possibly all its current members (a full replace). */
  public static AccessChanging wholeMembership(UUID group, Collection<UUID> users) {
    return new AccessChanging(List.copyOf(users), group, true, true);
  }

  /** The levels of {@code group}'s role change. */
  public static AccessChanging roleLevels(UUID group) {
    return new AccessChanging(List.of(), group, true, false);
  }

  /** {@code group} is deleted, with its memberships and role. */
  public static AccessChanging groupDeleted(UUID group) {
    return new AccessChanging(List.of(), group, true, true);
  }

  /** One person is deactivated, reactivated or deleted. */
  public static AccessChanging person(UUID user) {
    return new AccessChanging(List.of(user), null, false, false);
  }
}
