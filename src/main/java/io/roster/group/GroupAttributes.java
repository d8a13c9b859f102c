package io.roster.group;

import static io.roster.persistence.StoredAttribute.column;
import static io.roster.persistence.StoredAttribute.text;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.filter.AttributePath;
import java.util.List;

/**
 * The Group's single-valued attributes and their columns in {@code scim_group}: {@link GroupMapper}
 * copies the strings, filters and sortBy find their columns here.
 */
final class GroupAttributes {
  static final List<StoredAttribute<GroupEntity>> TABLE =
      List.of(
          column(AttributePath.of("id"), "id"),
          text(
              AttributePath.of("displayName"),
              "displayName",
              g -> g.displayName,
              (g, v) -> g.displayName = v),
          text(
              AttributePath.of("externalId"),
              "externalId",
              g -> g.externalId,
              (g, v) -> g.externalId = v),
          column(AttributePath.of("meta", "created"), "created"),
          column(AttributePath.of("meta", "lastModified"), "lastModified"));

  /** The strings the mapper copies, in the order a GET shows them. */
  static final List<StoredAttribute<GroupEntity>> COPIED =
      TABLE.stream().filter(StoredAttribute::copied).toList();

  private GroupAttributes() {}
}
