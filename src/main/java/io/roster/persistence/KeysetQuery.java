package io.roster.persistence;

import io.roster.scim.protocol.Cursor;
import io.roster.scim.protocol.CursorCodec;
import io.roster.scim.protocol.CursorLinks;
import io.roster.scim.protocol.ListRequest;
import io.roster.scim.schema.ResourceSchema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A page read by cursor (RFC 9865) as a keyset read: the rows after the cursor's (sort value, id)
 * in the listing's order, at most count + 1 of them (the one more tells whether a next page
 * exists). {@code sortkey >= ? AND (sortkey > ? OR id > ?)} lets PostgreSQL start an index scan at
 * the cursor, so a page deep into the directory costs what the first one costs, where index paging
 * would skip every row before it. The id breaks ties in the sort's own direction, so one index on
 * (sortkey, id) serves both orders. PostgreSQL sorts NULLs last ascending and first descending;
 * rows without a sort value are read as a segment of their own, before or after the others.
 */
final class KeysetQuery<T> {
  private final EntityManager em;
  private final Class<T> entity;
  private final ResourceSchema schema;
  private final StorageMapping mapping;
  private final CursorCodec codec;

  KeysetQuery(
      EntityManager em,
      Class<T> entity,
      ResourceSchema schema,
      StorageMapping mapping,
      CursorCodec codec) {
    this.em = em;
    this.entity = entity;
    this.schema = schema;
    this.mapping = mapping;
    this.codec = codec;
  }

  /** A row of the page and its position, from which the page's cursors are made. */
  private record Row<T>(T entity, Object sortValue, UUID id) {}

  /**
   * A page read by cursor.
   *
   * @param rows in listing order
   * @param first whether the request had an empty cursor (the listing's first page)
   * @param more whether rows exist past the page in the direction read (on a first page without
   *     more, the page's size is the total)
   */
  record Result<T>(List<T> rows, CursorLinks links, boolean first, boolean more) {}

  /** One ordered stretch of the listing: a condition and the order within it. */
  private record Segment(
      BiFunction<CriteriaBuilder, Root<?>, Predicate> where, boolean keyed, boolean descending) {}

  Result<T> read(ListRequest request, AttributeColumn sortBy) {
    byte[] query =
        CursorCodec.fingerprint(entity.getSimpleName(), request.filter(), request.sort());
    String token = request.page().cursor();
    Cursor from = token.isEmpty() ? null : codec.decode(token, query);
    boolean backward = from != null && from.backward();
    boolean descending = request.sort().descending() != backward;
    int count = request.page().count();
    List<Row<T>> rows = new ArrayList<>();
    if (count > 0) {
      for (Segment segment : segments(from, sortBy, descending)) {
        rows.addAll(read(request, sortBy, segment, count + 1 - rows.size()));
        if (rows.size() > count) {
          break;
        }
      }
    }
    boolean more = rows.size() > count;
    List<Row<T>> page = new ArrayList<>(rows.subList(0, Math.min(count, rows.size())));
    if (backward) {
      Collections.reverse(page);
    }
    String next = null;
    String previous = null;
    if (!page.isEmpty()) {
      Row<T> first = page.get(0);
      Row<T> last = page.get(page.size() - 1);
      if (backward || more) {
        next = codec.encode(new Cursor(false, last.sortValue(), last.id()), query);
      }
      if (backward ? more : from != null) {
        previous = codec.encode(new Cursor(true, first.sortValue(), first.id()), query);
      }
    }
    return new Result<>(
        page.stream().map(Row::entity).toList(),
        new CursorLinks(next, previous),
        from == null,
        more);
  }

  /**
   * The stretches of the listing after {@code from}, read {@code descending} or not: ascending, the
   * rows with a sort value, then those without; descending, the reverse.
   */
  private List<Segment> segments(Cursor from, AttributeColumn sortBy, boolean descending) {
    if (from == null) {
      return List.of(new Segment((cb, root) -> null, sortBy != null, descending));
    }
    BiFunction<CriteriaBuilder, Root<?>, Predicate> pastId =
        (cb, root) -> {
          Expression<UUID> id = root.get(mapping.idPath());
          return descending ? cb.lessThan(id, from.id()) : cb.greaterThan(id, from.id());
        };
    if (sortBy == null) {
      return List.of(new Segment(pastId, false, descending));
    }
    BiFunction<CriteriaBuilder, Root<?>, Predicate> noValue =
        (cb, root) -> cb.isNull(key(root, sortBy));
    Segment withoutValues =
        new Segment(
            (cb, root) -> cb.and(noValue.apply(cb, root), pastId.apply(cb, root)),
            false,
            descending);
    if (from.sortValue() == null) {
      if (!descending) {
        return List.of(withoutValues);
      }
      return List.of(
          withoutValues, new Segment((cb, root) -> cb.isNotNull(key(root, sortBy)), true, true));
    }
    Comparable<Object> value = comparable(from.sortValue());
    Segment withValues =
        new Segment(
            (cb, root) -> {
              Expression<Comparable<Object>> key = key(root, sortBy);
              return descending
                  ? cb.and(
                      cb.lessThanOrEqualTo(key, value),
                      cb.or(cb.lessThan(key, value), pastId.apply(cb, root)))
                  : cb.and(
                      cb.greaterThanOrEqualTo(key, value),
                      cb.or(cb.greaterThan(key, value), pastId.apply(cb, root)));
            },
            true,
            descending);
    if (descending) {
      return List.of(withValues);
    }
    return List.of(withValues, new Segment((cb, root) -> noValue.apply(cb, root), false, false));
  }

  private List<Row<T>> read(
      ListRequest request, AttributeColumn sortBy, Segment segment, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<T> root = query.from(entity);
    Path<UUID> id = root.get(mapping.idPath());
    if (sortBy != null) {
      query.multiselect(root, id, key(root, sortBy));
    } else {
      query.multiselect(root, id);
    }
    List<Predicate> where = new ArrayList<>(2);
    if (request.filter() != null) {
      where.add(FilterPredicates.translate(request.filter(), cb, query, root, schema, mapping));
    }
    Predicate position = segment.where().apply(cb, root);
    if (position != null) {
      where.add(position);
    }
    query.where(where.toArray(Predicate[]::new));
    List<Order> order = new ArrayList<>(2);
    if (segment.keyed()) {
      order.add(segment.descending() ? cb.desc(key(root, sortBy)) : cb.asc(key(root, sortBy)));
    }
    order.add(segment.descending() ? cb.desc(id) : cb.asc(id));
    query.orderBy(order);
    return em
        .createQuery(query)
        .setHint(ReadOnly.HINT, "true")
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new Row<>(entity.cast(r[0]), r.length > 2 ? r[2] : null, (UUID) r[1]))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Expression<Comparable<Object>> key(Root<?> root, AttributeColumn sortBy) {
    return (Expression<Comparable<Object>>) FilterPredicates.path(root, sortBy.path());
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }
}
