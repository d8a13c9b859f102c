package io.roster.group;

import io.roster.persistence.Column;
import io.roster.persistence.ElementTable;
import io.roster.persistence.StorageMapping;
import io.roster.scim.schema.AttributeType;
import io.roster.scim.schema.ResolvedAttribute;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where each Group attribute lives: {@code scim_group}, members in {@code group_member}. */
final class GroupStorage implements StorageMapping {
  static final GroupStorage INSTANCE = new GroupStorage();

  private static final Map<String, String> COLUMNS =
      Map.of(
          "id", "id",
          "displayname", "displayName",
          "externalid", "externalId",
          "meta.created", "created",
          "meta.lastmodified", "lastModified");

  static final ElementTable MEMBERS =
      new ElementTable(
          MembershipEntity.class,
          "groupId",
          null,
          null,
          Map.of(
              "value", new Column("userId", AttributeType.STRING, true),
              "display", new Column("user.userName", AttributeType.STRING, false)),
          "value");

  /** The same rows seen from a user: {@code User.groups}. */
  static final ElementTable USER_GROUPS =
      new ElementTable(
          MembershipEntity.class,
          "userId",
          null,
          null,
          Map.of(
              "value", new Column("groupId", AttributeType.STRING, true),
              "display", new Column("group.displayName", AttributeType.STRING, false)),
          "value");

  @Override
  public Optional<Column> column(ResolvedAttribute attribute) {
    String key = attribute.attribute().name().toLowerCase(Locale.ROOT);
    if (attribute.subAttribute() != null) {
      key += "." + attribute.subAttribute().name().toLowerCase(Locale.ROOT);
    }
    return Optional.ofNullable(COLUMNS.get(key))
        .map(
            path ->
                new Column(
                    path, attribute.definition().type(), attribute.definition().caseExact()));
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
