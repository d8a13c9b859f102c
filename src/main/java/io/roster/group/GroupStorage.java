package io.roster.group;

import io.roster.persistence.AttributeColumn;
import io.roster.persistence.AttributeColumns;
import io.roster.persistence.ElementTable;
import io.roster.persistence.StorageMapping;
import io.roster.scim.schema.AttributeType;
import io.roster.scim.schema.ResolvedAttribute;
import io.roster.scim.schema.ResourceSchema;
import java.util.Map;
import java.util.Optional;

/** Where each Group attribute lives: {@code scim_group}, members in {@code group_member}. */
final class GroupStorage implements StorageMapping {
  static final GroupStorage INSTANCE = new GroupStorage();

  private static final AttributeColumns COLUMNS =
      new AttributeColumns(ResourceSchema.GROUP, GroupAttributes.TABLE);

  static final ElementTable MEMBERS =
      new ElementTable(
          MembershipEntity.class,
          "groupId",
          null,
          null,
          Map.of(
              "value", new AttributeColumn("userId", AttributeType.STRING, true),
              "display", new AttributeColumn("user.userName", AttributeType.STRING, false)),
          "value");

  /** The same rows seen from a user: {@code User.groups}. */
  static final ElementTable USER_GROUPS =
      new ElementTable(
          MembershipEntity.class,
          "userId",
          null,
          null,
          Map.of(
              "value", new AttributeColumn("groupId", AttributeType.STRING, true),
              "display", new AttributeColumn("group.displayName", AttributeType.STRING, false)),
          "value");

  @Override
  public Optional<AttributeColumn> column(ResolvedAttribute attribute) {
    return COLUMNS.find(attribute);
  }

  @Override
  public Optional<ElementTable> elements(ResolvedAttribute attribute) {
    return attribute.attribute().name().equals("members") ? Optional.of(MEMBERS) : Optional.empty();
  }

  @Override
  public String idPath() {
    return "id";
  }
}
