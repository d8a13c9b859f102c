package io.roster.scim.schema;

/** The {@code returned} characteristic of RFC 7643 §7. */
public enum Returned {
  ALWAYS("always"),
  NEVER("never"),
  DEFAULT("default"),
  REQUEST("request");

  private final String wire;

  Returned(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
