package io.roster.scim.schema;

/** The {@code mutability} characteristic of RFC 7643 §7. */
public enum Mutability {
  READ_ONLY("readOnly"),
  READ_WRITE("readWrite"),
  IMMUTABLE("immutable"),
  WRITE_ONLY("writeOnly");

  private final String wire;

  Mutability(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
