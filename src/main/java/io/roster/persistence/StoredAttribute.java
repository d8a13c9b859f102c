package io.roster.persistence;

import io.roster.scim.filter.AttributePath;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One line of a resource's attribute table: a single-valued SCIM attribute and the JPA attribute it
 * is stored in, which filters and sortBy use; for a string the mapper copies as is, also how to
 * read and write it on the entity. Type and case sensitivity come from the schema.
 *
 * @param get null for attributes the mapper writes itself (id, userName, active, meta)
 */
public record StoredAttribute<E>(
    AttributePath path, String field, Function<E, String> get, BiConsumer<E, String> set) {

  /** A string attribute copied between the resource and {@code field} by the mapper. */
  public static <E> StoredAttribute<E> text(
      AttributePath path, String field, Function<E, String> get, BiConsumer<E, String> set) {
    return new StoredAttribute<>(path, field, get, set);
  }

  /** An attribute only filtered and sorted on here; the mapper handles it by name. */
  public static <E> StoredAttribute<E> column(AttributePath path, String field) {
    return new StoredAttribute<>(path, field, null, null);
  }

  public boolean copied() {
    return get != null;
  }

  /** Its name within its parent object: {@code givenName} for {@code name.givenName}. */
  public String name() {
    return path.subAttribute() != null ? path.subAttribute() : path.attribute();
  }

  /** Whether it sits directly in the object {@code parent} ({@code name}; null: top level). */
  public boolean in(String urn, String parent) {
    if (!Objects.equals(path.schemaUrn(), urn)) {
      return false;
    }
    return parent == null
        ? path.subAttribute() == null
        : parent.equals(path.attribute()) && path.subAttribute() != null;
  }
}
