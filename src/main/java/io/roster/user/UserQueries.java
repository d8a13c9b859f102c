package io.roster.user;

import io.roster.persistence.Column;
import io.roster.persistence.FilterPredicates;
import io.roster.scim.error.ScimException;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.web.ListParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads users in as few statements as a page needs: one for the page, one for the total, one for
 * all multi-valued rows of the page and one for their groups (never one per user).
 */
@ApplicationScoped
class UserQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

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
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
    Root<UserEntity> countRoot = countQuery.from(UserEntity.class);
    countQuery.select(cb.count(countRoot));
    if (p.filter() != null) {
      countQuery.where(
          FilterPredicates.translate(p.filter(), cb, countQuery, countRoot, SCHEMA, storage));
    }
    long total = em.createQuery(countQuery).getSingleResult();
    if (p.count() == 0 || total < p.startIndex()) {
      return new UserPage(List.of(), total);
    }

    CriteriaQuery<UserEntity> query = cb.createQuery(UserEntity.class);
    Root<UserEntity> root = query.from(UserEntity.class);
    if (p.filter() != null) {
      query.where(FilterPredicates.translate(p.filter(), cb, query, root, SCHEMA, storage));
    }
    query.orderBy(order(cb, root, p));
    List<UserEntity> users =
        em.createQuery(query)
            .setFirstResult(p.startIndex() - 1)
            .setMaxResults(p.count())
            .getResultList();
    return new UserPage(page(users), total);
  }

  /** sortBy first, then id: a total order, so paging sees every user exactly once. */
  private List<Order> order(CriteriaBuilder cb, Root<UserEntity> root, ListParameters p) {
    List<Order> order = new ArrayList<>();
    if (p.sortBy() != null) {
      ResolvedAttribute attribute =
          SCHEMA
              .find(p.sortBy())
              .orElseThrow(() -> ScimException.invalidValue("Unknown sortBy " + p.sortBy()));
      Column column =
          storage
              .column(attribute)
              .orElseThrow(
                  () ->
                      ScimException.invalidValue(
                          "sortBy must name a single-valued attribute: " + p.sortBy()));
      Path<?> path = root.get(column.path());
      order.add(p.descending() ? cb.desc(path) : cb.asc(path));
    }
    order.add(cb.asc(root.get("id")));
    return order;
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
