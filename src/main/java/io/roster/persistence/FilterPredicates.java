package io.roster.persistence;

import io.roster.scim.filter.AttributePath;
import io.roster.scim.filter.Filter;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Translates a SCIM filter tree into one JPA Criteria predicate, so that PostgreSQL evaluates it:
 * single-valued attributes compare columns, multi-valued ones become {@code EXISTS} subqueries on
 * their element rows. Nothing is ever filtered in memory.
 */
public final class FilterPredicates extends LogicalPredicates {
  private final AbstractQuery<?> query;
  private final From<?, ?> root;
  private final ResourceSchema schema;
  private final StorageMapping mapping;

  private FilterPredicates(
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      From<?, ?> root,
      ResourceSchema schema,
      StorageMapping mapping) {
    super(cb);
    this.query = query;
    this.root = root;
    this.schema = schema;
    this.mapping = mapping;
  }

  public static Predicate translate(
      Filter filter,
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      Root<?> root,
      ResourceSchema schema,
      StorageMapping mapping) {
    return filter.accept(new FilterPredicates(cb, query, root, schema, mapping));
  }

  @Override
  public Predicate compare(Filter.Compare f) {
    return onAttribute(
        f.path(), (expr, column) -> Comparisons.compare(cb, expr, column, f.operator(), f.value()));
  }

  @Override
  public Predicate present(Filter.Present f) {
    return onAttribute(f.path(), (expr, column) -> Comparisons.present(cb, expr, column));
  }

  @Override
  public Predicate valuePath(Filter.ValuePath f) {
    ResolvedAttribute attribute = locate(f.path());
    if (attribute.attribute().multiValued()) {
      ElementTable table = elements(attribute);
      return exists(table, element -> f.inner().accept(new ElementScope(table, element)));
    }
    // name[givenName eq "x"] on a complex single-valued attribute: the same as name.givenName eq.
    return f.inner().accept(new Rebased(f.path()));
  }

  private interface ColumnPredicate {
    Predicate apply(Expression<?> expression, AttributeColumn column);
  }

  private Predicate onAttribute(AttributePath path, ColumnPredicate predicate) {
    ResolvedAttribute attribute = locate(path);
    if (attribute.attribute().multiValued()) {
      ElementTable table = elements(attribute);
      String sub = attribute.subAttribute() == null ? null : attribute.subAttribute().name();
      AttributeColumn column = table.subAttribute(sub).orElseThrow(() -> unsupported(path));
      return exists(table, element -> predicate.apply(path(element, column.path()), column));
    }
    AttributeColumn column = mapping.column(attribute).orElseThrow(() -> unsupported(path));
    return predicate.apply(path(root, column.path()), column);
  }

  private Predicate exists(ElementTable table, Function<From<?, ?>, Predicate> inner) {
    Subquery<Integer> subquery = query.subquery(Integer.class);
    Root<?> element = subquery.from(table.entity());
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(path(element, table.ownerPath()), path(root, mapping.idPath())));
    if (table.discriminatorPath() != null) {
      where.add(cb.equal(path(element, table.discriminatorPath()), table.discriminator()));
    }
    where.add(inner.apply(element));
    subquery.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
    return cb.exists(subquery);
  }

  private ResolvedAttribute locate(AttributePath path) {
    return schema
        .find(path)
        .orElseThrow(() -> new UntranslatableFilter("Unknown attribute: " + path));
  }

  private ElementTable elements(ResolvedAttribute attribute) {
    return mapping
        .elements(attribute)
        .orElseThrow(
            () ->
                new UntranslatableFilter(
                    "Filtering on " + attribute.attribute().name() + " is not supported"));
  }

  private static UntranslatableFilter unsupported(AttributePath path) {
    return new UntranslatableFilter("Filtering on " + path + " is not supported");
  }

  static Path<?> path(From<?, ?> from, String dotted) {
    Path<?> p = from;
    for (String part : dotted.split("\\.")) {
      p = p.get(part);
    }
    return p;
  }

  /** Inside {@code emails[...]}: names are sub-attributes of one element row. */
  private final class ElementScope extends LogicalPredicates {
    private final ElementTable table;
    private final From<?, ?> element;

    ElementScope(ElementTable table, From<?, ?> element) {
      super(FilterPredicates.this.cb);
      this.table = table;
      this.element = element;
    }

    @Override
    public Predicate compare(Filter.Compare f) {
      AttributeColumn column = column(f.path());
      return Comparisons.compare(cb, path(element, column.path()), column, f.operator(), f.value());
    }

    @Override
    public Predicate present(Filter.Present f) {
      AttributeColumn column = column(f.path());
      return Comparisons.present(cb, path(element, column.path()), column);
    }

    private AttributeColumn column(AttributePath path) {
      if (path.subAttribute() != null || path.schemaUrn() != null) {
        throw new UntranslatableFilter("Inside [] only sub-attribute names are allowed");
      }
      return table.subAttribute(path.attribute()).orElseThrow(() -> unsupported(path));
    }
  }

  /** Inside {@code name[...]}: names are sub-attributes of a complex single-valued attribute. */
  private final class Rebased extends LogicalPredicates {
    private final AttributePath parent;

    Rebased(AttributePath parent) {
      super(FilterPredicates.this.cb);
      this.parent = parent;
    }

    @Override
    public Predicate compare(Filter.Compare f) {
      return FilterPredicates.this.compare(
          new Filter.Compare(rebase(f.path()), f.operator(), f.value()));
    }

    @Override
    public Predicate present(Filter.Present f) {
      return FilterPredicates.this.present(new Filter.Present(rebase(f.path())));
    }

    private AttributePath rebase(AttributePath sub) {
      return new AttributePath(parent.schemaUrn(), parent.attribute(), sub.attribute());
    }
  }
}
