package io.roster.persistence;

import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterVisitor;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;

/**
 * and, or and not combine alike at the top level and inside {@code [...]}. A chain of one operator
 * becomes one n-ary predicate, not a predicate per operand nested as deep as the chain is long.
 */
abstract class LogicalPredicates implements FilterVisitor<Predicate> {
  final CriteriaBuilder cb;

  LogicalPredicates(CriteriaBuilder cb) {
    this.cb = cb;
  }

  @Override
  public Predicate and(Filter.And f) {
    return cb.and(translated(f));
  }

  @Override
  public Predicate or(Filter.Or f) {
    return cb.or(translated(f));
  }

  @Override
  public Predicate not(Filter.Not f) {
    return cb.not(f.inner().accept(this));
  }

  private Predicate[] translated(Filter chain) {
    return Filter.operands(chain).stream().map(o -> o.accept(this)).toArray(Predicate[]::new);
  }

  /** Only the top level may hold a value filter; the parser refuses nesting too. */
  @Override
  public Predicate valuePath(Filter.ValuePath f) {
    throw new UntranslatableFilter("Value filters cannot be nested");
  }
}
