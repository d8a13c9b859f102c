package io.roster.group;

import io.roster.persistence.Column;
import io.roster.persistence.FilterPredicates;
import io.roster.scim.error.ScimException;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.web.ListParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads groups; members only when asked for, and for a whole page in one statement. */
@ApplicationScoped
class GroupQueries {
  private static final ResourceSchema SCHEMA = ResourceSchema.GROUP;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  StoredGroup load(GroupEntity group, boolean withMembers) {
    return page(List.of(group), withMembers).get(0);
  }

  GroupPage search(ListParameters p, boolean withMembers) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
    Root<GroupEntity> countRoot = countQuery.from(GroupEntity.class);
    countQuery.select(cb.count(countRoot));
    if (p.filter() != null) {
      countQuery.where(
          FilterPredicates.translate(
              p.filter(), cb, countQuery, countRoot, SCHEMA, GroupStorage.INSTANCE));
    }
    long total = em.createQuery(countQuery).getSingleResult();
    if (p.count() == 0 || total < p.startIndex()) {
      return new GroupPage(List.of(), total);
    }
    CriteriaQuery<GroupEntity> query = cb.createQuery(GroupEntity.class);
    Root<GroupEntity> root = query.from(GroupEntity.class);
    if (p.filter() != null) {
      query.where(
          FilterPredicates.translate(p.filter(), cb, query, root, SCHEMA, GroupStorage.INSTANCE));
    }
    query.orderBy(order(cb, root, p));
    List<GroupEntity> groups =
        em.createQuery(query)
            .setFirstResult(p.startIndex() - 1)
            .setMaxResults(p.count())
            .getResultList();
    return new GroupPage(page(groups, withMembers), total);
  }

  private List<StoredGroup> page(List<GroupEntity> groups, boolean withMembers) {
    Map<UUID, List<Member>> members =
        withMembers ? membersOf(groups.stream().map(g -> g.id).toList()) : Map.of();
    List<StoredGroup> page = new ArrayList<>(groups.size());
    for (GroupEntity group : groups) {
      page.add(
          new StoredGroup(group, withMembers ? members.getOrDefault(group.id, List.of()) : null));
    }
    return page;
  }

  private Map<UUID, List<Member>> membersOf(List<UUID> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.groupId, u.id, u.userName FROM MembershipEntity m JOIN m.user u"
                    + " WHERE m.groupId IN :ids ORDER BY u.userName",
                Object[].class)
            .setParameter("ids", groupIds)
            .getResultList();
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> (UUID) r[0],
                Collectors.mapping(
                    r -> new Member((UUID) r[1], (String) r[2]), Collectors.toList())));
  }

  private List<Order> order(CriteriaBuilder cb, Root<GroupEntity> root, ListParameters p) {
    List<Order> order = new ArrayList<>();
    if (p.sortBy() != null) {
      Column column =
          SCHEMA
              .find(p.sortBy())
              .flatMap(GroupStorage.INSTANCE::column)
              .orElseThrow(
                  () ->
                      ScimException.invalidValue(
                          "sortBy must name a single-valued attribute: " + p.sortBy()));
      var path = root.get(column.path());
      order.add(p.descending() ? cb.desc(path) : cb.asc(path));
    }
    order.add(cb.asc(root.get("id")));
    return order;
  }
}
