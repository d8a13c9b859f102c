package io.roster.persistence;

import io.roster.scim.error.ScimException;
import io.roster.scim.schema.ResourceSchema;
import io.roster.scim.web.ListParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One page of a filtered, sorted listing, found in two cheap steps: the page's ids (an index-only
 * scan, even deep into a large directory), then only those rows. The total is counted only when the
 * page alone cannot tell it.
 */
public final class PageQuery {
  private final EntityManager em;
  private final Class<?> entity;
  private final ResourceSchema schema;
  private final StorageMapping mapping;
  private final UnfilteredTotals totals;

  public PageQuery(
      EntityManager em,
      Class<?> entity,
      ResourceSchema schema,
      StorageMapping mapping,
      UnfilteredTotals totals) {
    this.em = em;
    this.entity = entity;
    this.schema = schema;
    this.mapping = mapping;
    this.totals = totals;
  }

  /** The ids of the requested page, in order, and how many resources match in all. */
  public record Ids(List<UUID> ids, long total) {}

  public Ids find(ListParameters p) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    List<UUID> ids = List.of();
    if (p.count() > 0) {
      CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
      Root<?> root = query.from(entity);
      query.select(root.get(mapping.idPath()));
      if (p.filter() != null) {
        query.where(FilterPredicates.translate(p.filter(), cb, query, root, schema, mapping));
      }
      query.orderBy(order(cb, root, p));
      ids =
          em.createQuery(query)
              .setHint(ReadOnly.HINT, "true")
              .setFirstResult(p.startIndex() - 1)
              .setMaxResults(p.count())
              .getResultList();
    }
    boolean pageTellsTotal = ids.size() < p.count() && (!ids.isEmpty() || p.startIndex() == 1);
    if (pageTellsTotal) {
      return new Ids(ids, p.startIndex() - 1L + ids.size());
    }
    long total = p.filter() == null ? totals.get(entity, () -> count(cb, p)) : count(cb, p);
    return new Ids(ids, total);
  }

  private long count(CriteriaBuilder cb, ListParameters p) {
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<?> root = query.from(entity);
    query.select(cb.count(root));
    if (p.filter() != null) {
      query.where(FilterPredicates.translate(p.filter(), cb, query, root, schema, mapping));
    }
    return em.createQuery(query).getSingleResult();
  }

  /** sortBy first, then id: a total order, so paging sees every resource exactly once. */
  private List<Order> order(CriteriaBuilder cb, Root<?> root, ListParameters p) {
    List<Order> order = new ArrayList<>();
    if (p.sortBy() != null) {
      Column column =
          schema
              .find(p.sortBy())
              .flatMap(mapping::column)
              .orElseThrow(
                  () ->
                      ScimException.invalidValue(
                          "sortBy must name a single-valued attribute: " + p.sortBy()));
      Path<?> path = FilterPredicates.path(root, column.path());
      order.add(p.descending() ? cb.desc(path) : cb.asc(path));
    }
    order.add(cb.asc(root.get(mapping.idPath())));
    return order;
  }
}
