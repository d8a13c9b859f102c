package io.roster.persistence;

import io.roster.scim.filter.Filter;
import io.roster.scim.protocol.CursorLinks;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.schema.ResourceSchema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One page of a filtered, sorted listing. The first page is read directly; a later one in two cheap
 * steps: the page's ids (an index-only scan, even deep into a large directory), then only those
 * rows. The total is counted only when the page alone cannot tell it, and is always exact. A page
 * asked for by cursor is a keyset read ({@link KeysetQuery}).
 */
public final class PageQuery<T> {
  private final EntityManager em;
  private final Class<T> entity;
  private final ResourceSchema schema;
  private final StorageMapping mapping;
  private final ListCursors cursors;

  public PageQuery(
      EntityManager em,
      Class<T> entity,
      ResourceSchema schema,
      StorageMapping mapping,
      ListCursors cursors) {
    this.em = em;
    this.entity = entity;
    this.schema = schema;
    this.mapping = mapping;
    this.cursors = cursors;
  }

  /**
   * The rows of the requested page, in order, and how many resources match in all.
   *
   * @param cursors where the listing goes on, for a page asked for by cursor
   */
  public record Page<T>(List<T> rows, long total, CursorLinks cursors) {
    Page(List<T> rows, long total) {
      this(rows, total, CursorLinks.NONE);
    }
  }

  /**
   * The page {@code request} asks for, sorted by {@code sortBy} (null: by id only), which the
   * service resolved from the request's sortBy.
   *
   * @throws UntranslatableFilter when the filter names what storage cannot compare
   */
  public Page<T> find(ListRequest request, AttributeColumn sortBy) {
    Listing p = new Listing(request, sortBy);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    if (request.page().byCursor()) {
      KeysetQuery.Result<T> page =
          new KeysetQuery<>(em, entity, schema, mapping, cursors.codec()).read(request, sortBy);
      long total = page.first() && !page.more() ? page.rows().size() : total(cb, p);
      return new Page<>(page.rows(), total, page.links());
    }
    List<T> rows = List.of();
    if (p.count() > 0) {
      rows = p.startIndex() == 1 ? firstPage(cb, p) : byIds(pageIds(cb, p));
    }
    boolean pageTellsTotal = rows.size() < p.count() && (!rows.isEmpty() || p.startIndex() == 1);
    if (pageTellsTotal) {
      return new Page<>(rows, p.startIndex() - 1L + rows.size());
    }
    return new Page<>(rows, total(cb, p));
  }

  private long total(CriteriaBuilder cb, Listing p) {
    return p.filter() == null ? rowCount() : count(cb, p);
  }

  /** The request and its resolved sort column, as the queries below read them. */
  private record Listing(ListRequest request, AttributeColumn sortBy) {
    Filter filter() {
      return request.filter();
    }

    int startIndex() {
      return request.page().startIndex();
    }

    int count() {
      return request.page().count();
    }

    boolean descending() {
      return request.sort().descending();
    }
  }

  private List<T> firstPage(CriteriaBuilder cb, Listing p) {
    CriteriaQuery<T> query = cb.createQuery(entity);
    Root<T> root = query.from(entity);
    query.select(root);
    filterAndOrder(cb, query, root, p);
    return em.createQuery(query)
        .setHint(ReadOnly.HINT, "true")
        .setMaxResults(p.count())
        .getResultList();
  }

  private List<UUID> pageIds(CriteriaBuilder cb, Listing p) {
    CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
    Root<T> root = query.from(entity);
    query.select(root.get(mapping.idPath()));
    filterAndOrder(cb, query, root, p);
    return em.createQuery(query)
        .setHint(ReadOnly.HINT, "true")
        .setFirstResult(p.startIndex() - 1)
        .setMaxResults(p.count())
        .getResultList();
  }

  private void filterAndOrder(CriteriaBuilder cb, CriteriaQuery<?> query, Root<T> root, Listing p) {
    if (p.filter() != null) {
      query.where(FilterPredicates.translate(p.filter(), cb, query, root, schema, mapping));
    }
    query.orderBy(order(cb, root, p));
  }

  /** The rows of {@code ids}, in the order of {@code ids}. */
  private List<T> byIds(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
    Map<Object, T> rows =
        em
            .createQuery(
                "SELECT e FROM "
                    + entity.getSimpleName()
                    + " e WHERE e."
                    + mapping.idPath()
                    + " IN :ids",
                entity)
            .setParameter("ids", ids)
            .setHint(ReadOnly.HINT, "true")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(util::getIdentifier, row -> row));
    return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
  }

  /**
   * The whole table's size, exact: the sum of its row_count shards, which statement triggers keep
   * in every inserting or deleting transaction (liquibase 030). Counting the rows instead would
   * read 100,000 index entries for each page of an unfiltered import.
   */
  private long rowCount() {
    Object sum =
        em.createNativeQuery("SELECT COALESCE(SUM(n), 0) FROM row_count WHERE table_name = ?1")
            .setParameter(1, entity.getAnnotation(Table.class).name())
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  private long count(CriteriaBuilder cb, Listing p) {
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<?> root = query.from(entity);
    query.select(cb.count(root));
    if (p.filter() != null) {
      query.where(FilterPredicates.translate(p.filter(), cb, query, root, schema, mapping));
    }
    return em.createQuery(query).getSingleResult();
  }

  /** sortBy first, then id: a total order, so paging sees every resource exactly once. */
  private List<Order> order(CriteriaBuilder cb, Root<?> root, Listing p) {
    List<Order> order = new ArrayList<>();
    if (p.sortBy() != null) {
      Path<?> path = FilterPredicates.path(root, p.sortBy().path());
      order.add(p.descending() ? cb.desc(path) : cb.asc(path));
    }
    order.add(cb.asc(root.get(mapping.idPath())));
    return order;
  }
}
