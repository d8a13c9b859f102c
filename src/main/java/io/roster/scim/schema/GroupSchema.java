package io.roster.scim.schema;

import java.util.List;

/** The core Group schema of RFC 7643 §4.2. */
public final class GroupSchema {
  public static final String URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

  public static final Schema SCHEMA =
      new Schema(
          URN,
          "Group",
          "Group",
          List.of(
              Attribute.string("displayName")
                  .description("A human-readable name for the Group.")
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .build(),
              Attribute.complex(
                      "members",
                      Attribute.string("value")
                          .description("Identifier of the member.")
                          .mutability(Mutability.IMMUTABLE)
                          .build(),
                      Attribute.reference("$ref", "User", "Group")
                          .mutability(Mutability.IMMUTABLE)
                          .build(),
                      Attribute.string("display").build(),
                      Attribute.string("type")
                          .canonicalValues("User", "Group")
                          .mutability(Mutability.IMMUTABLE)
                          .build())
                  .multiValued()
                  .description("A list of members of the Group.")
                  .build()));

  private GroupSchema() {}
}
