package io.roster.scim.error;

/**
 * A request the SCIM protocol refuses. Carries the HTTP status and, where RFC 7644 §3.12 defines
 * one, the {@code scimType}; the detail is shown to the client, so it never holds secrets.
 */
public class ScimException extends RuntimeException {
  private final int status;
  private final ScimType scimType;

  public ScimException(int status, ScimType scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  public int status() {
    return status;
  }

  /** May be null: 404, 401, 412, 413 and 500 have none. */
  public ScimType scimType() {
    return scimType;
  }

  public String detail() {
    return getMessage();
  }

  public static ScimException invalidFilter(String detail) {
    return new ScimException(400, ScimType.INVALID_FILTER, detail);
  }

  public static ScimException invalidSyntax(String detail) {
    return new ScimException(400, ScimType.INVALID_SYNTAX, detail);
  }

  public static ScimException invalidPath(String detail) {
    return new ScimException(400, ScimType.INVALID_PATH, detail);
  }

  public static ScimException invalidValue(String detail) {
    return new ScimException(400, ScimType.INVALID_VALUE, detail);
  }

  public static ScimException invalidCursor(String detail) {
    return new ScimException(400, ScimType.INVALID_CURSOR, detail);
  }

  public static ScimException expiredCursor(String detail) {
    return new ScimException(400, ScimType.EXPIRED_CURSOR, detail);
  }

  public static ScimException noTarget(String detail) {
    return new ScimException(400, ScimType.NO_TARGET, detail);
  }

  public static ScimException mutability(String detail) {
    return new ScimException(400, ScimType.MUTABILITY, detail);
  }

  public static ScimException tooMany(String detail) {
    return new ScimException(400, ScimType.TOO_MANY, detail);
  }

  public static ScimException uniqueness(String detail) {
    return new ScimException(409, ScimType.UNIQUENESS, detail);
  }

  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  public static ScimException preconditionFailed(String detail) {
    return new ScimException(412, null, detail);
  }
}
