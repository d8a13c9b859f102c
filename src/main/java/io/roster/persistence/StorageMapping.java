package io.roster.persistence;

import io.roster.scim.schema.ResolvedAttribute;
import java.util.Optional;

/**
 * A resource type's answer to "where is this attribute stored?", which lets one filter translator
 * serve users and groups alike.
 */
public interface StorageMapping {
  /** The column of a single-valued attribute or of a complex attribute's sub-attribute. */
  Optional<AttributeColumn> column(ResolvedAttribute attribute);

  /** The element rows of a multi-valued attribute. */
  Optional<ElementTable> elements(ResolvedAttribute attribute);

  /** The JPA path of the owner's id, which element rows are correlated with. */
  String idPath();
}
