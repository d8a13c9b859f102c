package io.roster.persistence;

import java.util.Map;

/**
 * EclipseLink's read-only query hint: entities read only to be shown are not registered in the
 * transaction, so commit does not compare each with a backup copy.
 */
public final class ReadOnly {
  public static final String HINT = "eclipselink.read-only";
  public static final Map<String, Object> PROPERTIES = Map.of(HINT, "true");

  private ReadOnly() {}
}
