package io.roster.scim.schema;

/**
 * The {@code value}/{@code display}/{@code type}/{@code primary} shape RFC 7643 §2.4 gives most
 * multi-valued attributes, so schema definitions stay one line per attribute.
 */
final class MultiValuedAttributes {

  static Attribute standard(String name, String description, String... types) {
    return standard(name, description, Attribute.string("value").build(), types);
  }

  static Attribute standard(String name, String description, Attribute value, String... types) {
    return Attribute.complex(
            name,
            value,
            Attribute.string("display").build(),
            Attribute.string("type").canonicalValues(types).build(),
            Attribute.bool("primary").build())
        .multiValued()
        .description(description)
        .build();
  }

  private MultiValuedAttributes() {}
}
