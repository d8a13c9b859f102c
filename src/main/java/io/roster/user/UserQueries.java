package io.roster.user;

import io.roster.persistence.Column;
import io.roster.persistence.FilterPredicates;
import io.roster.scim.error.ScimException;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.web.ListParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
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
 * all multi-valued rows of the page (never one per user).
 */
@ApplicationScoped
class UserQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.USER;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  StoredUser load(UserEntity user) {
    return new StoredUser(
        user, valuesOf(List.of(user.id)).getOrDefault(user.id, List.of()), groupsOf(user.id));
  }

  /** The user's groups, filled in by the groups feature. */
  JsonArray groupsOf(UUID userId) {
    return JsonValue.EMPTY_JSON_ARRAY;
  }

  UserPage search(ListParameters p) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
    Root<UserEntity> countRoot = countQuery.from(UserEntity.class);
    countQuery.select(cb.count(countRoot));
    if (p.filter() != null) {
      countQuery.where(
          FilterPredicates.translate(
              p.filter(), cb, countQuery, countRoot, SCHEMA, UserStorage.INSTANCE));
    }
    long total = em.createQuery(countQuery).getSingleResult();
    if (p.count() == 0 || total < p.startIndex()) {
      return new UserPage(List.of(), total);
    }

    CriteriaQuery<UserEntity> query = cb.createQuery(UserEntity.class);
    Root<UserEntity> root = query.from(UserEntity.class);
    if (p.filter() != null) {
      query.where(
          FilterPredicates.translate(p.filter(), cb, query, root, SCHEMA, UserStorage.INSTANCE));
    }
    query.orderBy(order(cb, root, p));
    List<UserEntity> users =
        em.createQuery(query)
            .setFirstResult(p.startIndex() - 1)
            .setMaxResults(p.count())
            .getResultList();
    Map<UUID, List<UserValueEntity>> values = valuesOf(users.stream().map(u -> u.id).toList());
    List<StoredUser> page = new ArrayList<>(users.size());
    for (UserEntity user : users) {
      page.add(
          new StoredUser(
              user, values.getOrDefault(user.id, List.of()), JsonValue.EMPTY_JSON_ARRAY));
    }
    return new UserPage(page, total);
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
          UserStorage.INSTANCE
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
