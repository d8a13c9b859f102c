package io.roster.persistence;

/**
 * EclipseLink's read-only query hint: entities read only to be shown are not registered in the
 * transaction, so commit does not compare each with a backup copy.
 */
public final class ReadOnly {
  public static final String HINT = "eclipselink.read-only";

  private ReadOnly() {}
}
