package io.roster.scim.filter;

/** Translates a {@link Filter} tree into something else: a query predicate, a matcher, a string. */
public interface FilterVisitor<R> {
  R compare(Filter.Compare filter);

  R present(Filter.Present filter);

  R and(Filter.And filter);

  R or(Filter.Or filter);

  R not(Filter.Not filter);

  R valuePath(Filter.ValuePath filter);
}
