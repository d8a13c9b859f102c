package io.roster.scim.error;

/** The {@code scimType} values of RFC 7644 §3.12, with their wire spelling. */
public enum ScimType {
  INVALID_FILTER("invalidFilter"),
  TOO_MANY("tooMany"),
  UNIQUENESS("uniqueness"),
  MUTABILITY("mutability"),
  INVALID_SYNTAX("invalidSyntax"),
  INVALID_PATH("invalidPath"),
  NO_TARGET("noTarget"),
  INVALID_VALUE("invalidValue"),
  INVALID_VERS("invalidVers"),
  SENSITIVE("sensitive"),
  /** RFC 9865 §2.1: a cursor this service did not issue for this query, or altered. */
  INVALID_CURSOR("invalidCursor"),
  /** RFC 9865 §2.1: a cursor older than the advertised cursorTimeout. */
  EXPIRED_CURSOR("expiredCursor");

  private final String wire;

  ScimType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
