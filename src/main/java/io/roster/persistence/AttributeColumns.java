package io.roster.persistence;

import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's attribute table as filters and sortBy read it: resolved against the schema once, so
 * a request only builds one lower-case key per attribute it names.
 */
public final class AttributeColumns {
  private final Map<String, AttributeColumn> columns = new HashMap<>();

  public AttributeColumns(ResourceSchema schema, List<? extends StoredAttribute<?>> table) {
    for (StoredAttribute<?> a : table) {
      ResolvedAttribute resolved =
          schema
              .find(a.path())
              .orElseThrow(() -> new IllegalArgumentException("Not in the schema: " + a.path()));
      columns.put(
          key(resolved),
          new AttributeColumn(
              a.field(), resolved.definition().type(), resolved.definition().caseExact()));
    }
  }

  /** The column of a single-valued attribute or of a complex attribute's sub-attribute. */
  public Optional<AttributeColumn> find(ResolvedAttribute attribute) {
    return Optional.ofNullable(columns.get(key(attribute)));
  }

  private static String key(ResolvedAttribute attribute) {
    String key = lower(attribute.attribute().name());
    if (attribute.subAttribute() != null) {
      key += "." + lower(attribute.subAttribute().name());
    }
    return attribute.extension() ? lower(attribute.schema().id()) + ":" + key : key;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
