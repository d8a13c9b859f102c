package io.roster.user;

import io.roster.persistence.PageQuery;
import io.roster.persistence.ReadOnly;
import io.roster.persistence.UnfilteredTotals;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.web.ListParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads users in as few statements as a page needs: the page's ids, the total when the page cannot
 * tell it, the rows, their multi-valued rows and their groups (never one statement per user).
 */
@ApplicationScoped
class UserQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject UnfilteredTotals totals;

  @Inject Instance<UserGroups> groups;

  private UserStorage storage;

  @PostConstruct
  void init() {
    storage = new UserStorage(groups.isResolvable() ? groups.get().storage() : null);
  }

  StoredUser load(UserEntity user) {
    return page(List.of(user)).get(0);
  }

  /** Each user with its multi-valued rows and groups: two statements for any page size. */
  List<StoredUser> page(List<UserEntity> users) {
    List<UUID> ids = users.stream().map(u -> u.id).toList();
    Map<UUID, List<UserValueEntity>> values = valuesOf(ids);
    Map<UUID, List<GroupRef>> memberships =
        groups.isResolvable() && !ids.isEmpty() ? groups.get().of(ids) : Map.of();
    List<StoredUser> page = new ArrayList<>(users.size());
    for (UserEntity user : users) {
      page.add(
          new StoredUser(
              user,
              values.getOrDefault(user.id, List.of()),
              memberships.getOrDefault(user.id, List.of())));
    }
    return page;
  }

  UserPage search(ListParameters p) {
    PageQuery.Ids page = new PageQuery(em, UserEntity.class, SCHEMA, storage, totals).find(p);
    return new UserPage(page(byIds(page.ids())), page.total());
  }

  /** The rows of {@code ids}, in the order of {@code ids}. */
  private List<UserEntity> byIds(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, UserEntity> rows =
        em
            .createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids", UserEntity.class)
            .setParameter("ids", ids)
            .setHint(ReadOnly.HINT, "true")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(u -> u.id, u -> u));
    return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
  }

  private Map<UUID, List<UserValueEntity>> valuesOf(List<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT v FROM UserValueEntity v WHERE v.userId IN :ids"
                + " ORDER BY v.attribute, v.position",
            UserValueEntity.class)
        .setParameter("ids", userIds)
        .setHint(ReadOnly.HINT, "true")
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(v -> v.userId));
  }

  void deleteValues(UUID userId) {
    em.createQuery("DELETE FROM UserValueEntity v WHERE v.userId = :id")
        .setParameter("id", userId)
        .executeUpdate();
  }
}
