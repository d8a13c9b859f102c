package io.roster.persistence;

import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterVisitor;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;

/** and, or and not combine alike at the top level and inside {@code [...]}. */
abstract class LogicalPredicates implements FilterVisitor<Predicate> {
  final CriteriaBuilder cb;

  LogicalPredicates(CriteriaBuilder cb) {
    this.cb = cb;
  }

  @Override
  public Predicate and(Filter.And f) {
    return cb.and(f.left().accept(this), f.right().accept(this));
  }

  @Override
  public Predicate or(Filter.Or f) {
    return cb.or(f.left().accept(this), f.right().accept(this));
  }

  @Override
  public Predicate not(Filter.Not f) {
    return cb.not(f.inner().accept(this));
  }

  /** Only the top level may hold a value filter; the parser refuses nesting too. */
  @Override
  public Predicate valuePath(Filter.ValuePath f) {
    throw new UntranslatableFilter("Value filters cannot be nested");
  }
}
