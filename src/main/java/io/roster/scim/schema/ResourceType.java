package io.roster.scim.schema;

import java.util.List;

/**
 * A resource type of RFC 7643 §6. {@code id} and {@code name} are the same string for the types
 * Roster serves ("User", "Group"), so one field holds both.
 */
public record ResourceType(
    String name,
    String endpoint,
    String description,
    Schema schema,
    List<SchemaExtension> schemaExtensions) {

  public static final ResourceType USER =
      new ResourceType(
          "User",
          "/Users",
          "User Account",
          UserSchema.SCHEMA,
          List.of(new SchemaExtension(EnterpriseUserSchema.SCHEMA, false)));

  public static final ResourceType GROUP =
      new ResourceType("Group", "/Groups", "Group", GroupSchema.SCHEMA, List.of());

  public ResourceType {
    schemaExtensions = List.copyOf(schemaExtensions);
  }

  public String id() {
    return name;
  }
}
