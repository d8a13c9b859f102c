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
  /** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /**
   * Adds the users; returns those that were not members yet.
   *
   * @throws UnknownMembers when an id is no user's, before anything is written
   */
  List<UUID> add(UUID groupId, Collection<UUID> userIds) {
    requireUsers(userIds);
    List<UUID> added = new ArrayList<>();
    for (List<UUID> chunk : chunks(userIds)) {
      // The space before ']': EclipseLink reads "?3]" as parameter 3 and drops the bracket.
      String sql =
          "INSERT INTO group_member (group_id, user_id) SELECT ?1, id FROM unnest(ARRAY["
              + NativeSql.placeholders(2, chunk.size())
              + " ]) WITH ORDINALITY AS u(id, n) ORDER BY n"
              + " ON CONFLICT DO NOTHING RETURNING user_id";
      added.addAll(uuids(bind(em.createNativeQuery(sql), groupId, chunk)));
    }
    return added;
  }

  /** Removes the users; returns those that were members. */
  List<UUID> remove(UUID groupId, Collection<UUID> userIds) {
    List<UUID> removed = new ArrayList<>();
    for (List<UUID> chunk : chunks(userIds)) {
      String sql =
          "DELETE FROM group_member WHERE group_id = ?1 AND user_id IN ("
              + NativeSql.placeholders(2, chunk.size())
              + ") RETURNING user_id";
      removed.addAll(uuids(bind(em.createNativeQuery(sql), groupId, chunk)));
    }
    return removed;
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
    long found = 0;
    for (List<UUID> chunk : chunks(distinct)) {
      Query q =
          em.createNativeQuery(
              "SELECT count(*) FROM scim_user WHERE id IN ("
                  + NativeSql.placeholders(1, chunk.size())
                  + ")");
      for (int i = 0; i < chunk.size(); i++) {
        q.setParameter(i + 1, chunk.get(i));
      }
      found += ((Number) q.getSingleResult()).longValue();
    }
    if (found != distinct.size()) {
      throw new UnknownMembers();
    }
  }

  private static Query bind(Query query, UUID groupId, List<UUID> userIds) {
    query.setParameter(1, groupId);
    for (int i = 0; i < userIds.size(); i++) {
      query.setParameter(i + 2, userIds.get(i));
    }
    return query;
  }

  private static List<UUID> uuids(Query query) {
    List<UUID> ids = new ArrayList<>();
    for (Object row : query.getResultList()) {
      ids.add(row instanceof UUID u ? u : UUID.fromString(row.toString()));
    }
    return ids;
  }

  private static List<List<UUID>> chunks(Collection<UUID> ids) {
    List<UUID> all = new ArrayList<>(ids);
    List<List<UUID>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
