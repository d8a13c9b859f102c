package io.roster.user;

import io.roster.persistence.AttributeColumn;
import io.roster.persistence.AttributeColumns;
import io.roster.persistence.ElementTable;
import io.roster.persistence.StorageMapping;
import io.roster.persistence.StoredAttribute;
import io.roster.scim.schema.Attribute;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where each User attribute lives in {@code scim_user} and {@code scim_user_value}. */
final class UserStorage implements StorageMapping {
  private final ElementTable groups;

  /** {@code groups} may be null when no groups feature is deployed. */
  UserStorage(ElementTable groups) {
    this.groups = groups;
  }

  private static final AttributeColumns COLUMNS =
      new AttributeColumns(ResourceSchema.USER, UserAttributes.TABLE);

  /** Lower-case sub-attribute name to its column in element rows ({@link UserValues#SUBS}). */
  private static final Map<String, String> ELEMENT_COLUMNS =
      UserValues.SUBS.stream()
          .collect(Collectors.toUnmodifiableMap(sub -> lower(sub.name()), StoredAttribute::field));

  @Override
  public Optional<AttributeColumn> column(ResolvedAttribute attribute) {
    return COLUMNS.find(attribute);
  }

  /** The element table of each stored multi-valued attribute, built once from the schema. */
  private static final Map<String, ElementTable> ELEMENTS =
      UserValues.STORED.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  name -> name,
                  name -> elementTable(ResourceSchema.USER.coreAttribute(name).orElseThrow())));

  @Override
  public Optional<ElementTable> elements(ResolvedAttribute attribute) {
    String name = attribute.attribute().name();
    return name.equals("groups")
        ? Optional.ofNullable(groups)
        : Optional.ofNullable(ELEMENTS.get(name));
  }

  private static ElementTable elementTable(Attribute multi) {
    Map<String, AttributeColumn> subs =
        multi.subAttributes().stream()
            .filter(sub -> ELEMENT_COLUMNS.containsKey(lower(sub.name())))
            .collect(
                Collectors.toMap(
                    sub -> lower(sub.name()),
                    sub ->
                        new AttributeColumn(
                            ELEMENT_COLUMNS.get(lower(sub.name())), sub.type(), sub.caseExact())));
    String defaultSub = multi.name().equals("addresses") ? "formatted" : "value";
    return new ElementTable(
        UserValueEntity.class, "userId", "attribute", multi.name(), subs, defaultSub);
  }

  @Override
  public String idPath() {
    return "id";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
