package io.roster.scim.protocol;

import io.roster.scim.error.ScimException;

/**
 * {@code sortBy} and {@code sortOrder}.
 *
 * @param attribute the attribute name as the client wrote it; null when the client named none
 */
public record Sort(String attribute, boolean descending) {
  public static final Sort UNSORTED = new Sort(null, false);

  public boolean given() {
    return attribute != null;
  }

  /** The answer when {@link #attribute} names nothing that can be sorted on. */
  public ScimException unsortable() {
    return ScimException.invalidValue("sortBy must name a single-valued attribute: " + attribute);
  }
}
