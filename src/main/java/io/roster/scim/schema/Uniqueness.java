package io.roster.scim.schema;

/** The {@code uniqueness} characteristic of RFC 7643 §7. */
public enum Uniqueness {
  NONE("none"),
  SERVER("server"),
  GLOBAL("global");

  private final String wire;

  Uniqueness(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
