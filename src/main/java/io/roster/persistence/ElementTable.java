package io.roster.persistence;

import java.util.Map;
import java.util.Optional;

/**
 * Where a multi-valued SCIM attribute is stored: rows of {@code entity} that point at their owner
 * through {@code ownerPath}, optionally narrowed by a discriminator column ({@code attribute =
 * 'emails'}). Filters over it become {@code EXISTS} subqueries.
 *
 * @param discriminatorPath null when the whole table is this one attribute
 * @param subAttributes lower-case sub-attribute name to its column within the element entity
 * @param defaultSubAttribute the sub-attribute a filter means when it names none ({@code value})
 */
public record ElementTable(
    Class<?> entity,
    String ownerPath,
    String discriminatorPath,
    String discriminator,
    Map<String, AttributeColumn> subAttributes,
    String defaultSubAttribute) {

  public Optional<AttributeColumn> subAttribute(String name) {
    return Optional.ofNullable(subAttributes.get(name == null ? defaultSubAttribute : lower(name)));
  }

  private static String lower(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
