package io.roster.group;

import io.roster.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Membership changes as set-based SQL: adding or removing k members costs statements over k rows,
 * whether the group has 10 members or 100,000. Duplicates and absent members are no error.
 */
@ApplicationScoped
class MemberChanges {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /**
   * Adds the users, in the order given; returns those that were not members yet.
   *
   * @throws UnknownMembers when an id is no user's, before anything is written
   */
  List<UUID> add(UUID groupId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    requireUsers(userIds);
    return uuids(
        em.createNativeQuery(
                "INSERT INTO group_member (group_id, user_id)"
                    + " SELECT ?1, id FROM unnest(CAST(?2 AS uuid[])) WITH ORDINALITY AS u(id, n)"
                    + " ORDER BY n ON CONFLICT DO NOTHING RETURNING user_id")
            .setParameter(1, groupId)
            .setParameter(2, NativeSql.uuidArray(userIds)));
  }

  /** Removes the users; returns those that were members. */
  List<UUID> remove(UUID groupId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    return uuids(
        em.createNativeQuery(
                "DELETE FROM group_member WHERE group_id = ?1"
                    + " AND user_id = ANY(CAST(?2 AS uuid[])) RETURNING user_id")
            .setParameter(1, groupId)
            .setParameter(2, NativeSql.uuidArray(userIds)));
  }

  /**
   * Makes the member list exactly {@code userIds}; returns who was removed and who added.
   *
   * @throws UnknownMembers when an id is no user's, before anything is written
   */
  Changes replace(UUID groupId, Collection<UUID> userIds) {
    requireUsers(userIds);
    Set<UUID> wanted = new LinkedHashSet<>(userIds);
    List<UUID> current =
        uuids(
            em.createNativeQuery("SELECT user_id FROM group_member WHERE group_id = ?1")
                .setParameter(1, groupId));
    List<UUID> gone = current.stream().filter(id -> !wanted.contains(id)).toList();
    List<UUID> removed = remove(groupId, gone);
    List<UUID> added = wanted.isEmpty() ? List.of() : add(groupId, wanted);
    return new Changes(added, removed);
  }

  record Changes(List<UUID> added, List<UUID> removed) {}

  /** A member that is no user is refused before anything is written. */
  private void requireUsers(Collection<UUID> userIds) {
    Set<UUID> distinct = new LinkedHashSet<>(userIds);
    if (distinct.isEmpty()) {
      return;
    }
    Number found =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM scim_user WHERE id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, NativeSql.uuidArray(distinct))
                .getSingleResult();
    if (found.longValue() != distinct.size()) {
      throw new UnknownMembers();
    }
  }

  private static List<UUID> uuids(Query query) {
    List<UUID> ids = new ArrayList<>();
    for (Object row : query.getResultList()) {
      ids.add(row instanceof UUID u ? u : UUID.fromString(row.toString()));
    }
    return ids;
  }
}
