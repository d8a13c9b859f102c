package io.roster.scim.schema;

import java.util.List;

/** The enterprise User extension of RFC 7643 §4.3. */
public final class EnterpriseUserSchema {
  public static final String URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  public static final Schema SCHEMA =
      new Schema(
          URN,
          "EnterpriseUser",
          "Enterprise User",
          List.of(
              Attribute.string("employeeNumber")
                  .description("Numeric or alphanumeric identifier assigned to a person.")
                  .build(),
              Attribute.string("costCenter")
                  .description("Identifies the name of a cost center.")
                  .build(),
              Attribute.string("organization")
                  .description("Identifies the name of an organization.")
                  .build(),
              Attribute.string("division")
                  .description("Identifies the name of a division.")
                  .build(),
              Attribute.string("department")
                  .description("Identifies the name of a department.")
                  .build(),
              Attribute.complex(
                      "manager",
                      Attribute.string("value").description("The id of the manager.").build(),
                      Attribute.reference("$ref", "User").build(),
                      Attribute.string("displayName").readOnly().build())
                  .description("The user's manager.")
                  .build()));

  private EnterpriseUserSchema() {}
}
