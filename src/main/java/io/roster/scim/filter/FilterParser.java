package io.roster.scim.filter;

import io.roster.scim.error.ScimException;

/** Entry point for reading the {@code filter} query parameter and {@code filter} request member. */
public final class FilterParser {
  private FilterParser() {}

  /**
   * Parses a SCIM filter (RFC 7644 §3.4.2.2). Also accepts Entra ID's {@code emails[type eq
   * "work"].value eq "x"}, read as {@code emails[type eq "work" and value eq "x"]}.
   *
   * @throws ScimException with scimType {@code invalidFilter} for any malformed, empty, longer than
   *     10,000 characters or more than 50 levels deep filter
   */
  public static Filter parse(String text) {
    return new Parser(text, Syntax.FILTER).filter();
  }
}
