package io.roster.scim.schema;

import java.util.List;

/**
 * The attributes of RFC 7643 §3.1 that every resource carries. They belong to no schema (the {@code
 * /Schemas} documents omit them), so {@link ResourceSchema} resolves them beside the core schema's
 * attributes.
 */
public final class CommonAttributes {
  public static final Attribute ID =
      Attribute.string("id")
          .description(
              "Unique identifier for the SCIM resource as defined by the service provider.")
          .caseExact()
          .readOnly()
          .returned(Returned.ALWAYS)
          .uniqueness(Uniqueness.SERVER)
          .build();

  public static final Attribute EXTERNAL_ID =
      Attribute.string("externalId")
          .description("Identifier for the resource as defined by the provisioning client.")
          .caseExact()
          .build();

  public static final Attribute META =
      Attribute.complex(
              "meta",
              Attribute.string("resourceType").caseExact().readOnly().build(),
              Attribute.dateTime("created").readOnly().build(),
              Attribute.dateTime("lastModified").readOnly().build(),
              Attribute.reference("location", "uri").caseExact().readOnly().build(),
              Attribute.string("version").caseExact().readOnly().build())
          .description("Resource metadata maintained by the service provider.")
          .readOnly()
          .build();

  public static final List<Attribute> ALL = List.of(ID, EXTERNAL_ID, META);

  private CommonAttributes() {}
}
