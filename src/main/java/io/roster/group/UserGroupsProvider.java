package io.roster.group;

import io.roster.persistence.ElementTable;
import io.roster.persistence.JpqlIds;
import io.roster.user.GroupRef;
import io.roster.user.UserGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** User.groups from the membership rows: one statement for a whole page of users. */
@ApplicationScoped
public class UserGroupsProvider implements UserGroups {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Override
  public Map<UUID, List<GroupRef>> of(Collection<UUID> userIds) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.userId, g.id, g.displayName FROM MembershipEntity m JOIN m.group g"
                    + " WHERE "
                    + JpqlIds.condition("m.userId", userIds)
                    + " ORDER BY g.displayName",
                Object[].class)
            .setParameter("ids", JpqlIds.parameter(userIds))
            .getResultList();
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> (UUID) r[0],
                Collectors.mapping(
                    r -> new GroupRef((UUID) r[1], (String) r[2]), Collectors.toList())));
  }

  @Override
  public ElementTable storage() {
    return GroupStorage.USER_GROUPS;
  }
}
