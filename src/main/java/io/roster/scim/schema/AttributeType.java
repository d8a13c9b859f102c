package io.roster.scim.schema;

/** The attribute data types of RFC 7643 §2.3, with their wire spelling. */
public enum AttributeType {
  STRING("string"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  INTEGER("integer"),
  DATETIME("dateTime"),
  BINARY("binary"),
  REFERENCE("reference"),
  COMPLEX("complex");

  private final String wire;

  AttributeType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** Types whose values are JSON strings, so {@code caseExact} applies to them. */
  public boolean isStringLike() {
    return this == STRING || this == REFERENCE || this == BINARY || this == DATETIME;
  }
}
