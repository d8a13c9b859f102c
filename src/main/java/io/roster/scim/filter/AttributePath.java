package io.roster.scim.filter;

import java.util.Locale;

/**
 * A reference to an attribute as written in a filter or PATCH path: {@code userName}, {@code
 * name.givenName}, {@code urn:...:enterprise:2.0:User:employeeNumber}, or {@code
 * urn:...:enterprise:2.0:User:manager.value}.
 *
 * @param schemaUrn the schema URN prefix as written, or null when none was given
 * @param attribute the top-level attribute name as written (compare case-insensitively)
 * @param subAttribute the sub-attribute name, or null
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  public static AttributePath of(String attribute, String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /** Lower-cased {@code attribute[.subAttribute]} without the URN, for schema look-ups. */
  public String key() {
    String a = attribute.toLowerCase(Locale.ROOT);
    return subAttribute == null ? a : a + "." + subAttribute.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    String base = schemaUrn == null ? attribute : schemaUrn + ":" + attribute;
    return subAttribute == null ? base : base + "." + subAttribute;
  }
}
