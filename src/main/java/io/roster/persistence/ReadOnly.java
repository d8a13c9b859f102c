package io.roster.persistence;

/**
 * EclipseLink's read-only query hint: entities read only to be shown are not registered in the
 * transaction, so commit does not compare each with a backup copy.
 *
 * <p>Only for queries that return entities, and on a query that selects several items ({@code
 * SELECT u, v}) only through a named query's hints: set on such a query at run time, it makes
 * EclipseLink clone it, and the clone's SQL is generated again on every execution (JFR: 11 % of the
 * server's CPU on {@code GET /Users/{id}}). On scalar columns it changes nothing.
 */
public final class ReadOnly {
  public static final String HINT = "eclipselink.read-only";

  private ReadOnly() {}
}
