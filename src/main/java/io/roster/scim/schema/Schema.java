package io.roster.scim.schema;

import java.util.List;
import java.util.Optional;

/** A schema definition of RFC 7643 §7: its URN {@code id} and its top-level attributes. */
public record Schema(String id, String name, String description, List<Attribute> attributes) {

  public Schema {
    attributes = List.copyOf(attributes);
  }

  /** The top-level attribute called {@code name}, compared case-insensitively. */
  public Optional<Attribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }
}
