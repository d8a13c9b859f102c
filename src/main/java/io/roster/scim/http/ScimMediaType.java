package io.roster.scim.http;

/** The media type of every SCIM response (RFC 7644 §3.1). */
public final class ScimMediaType {
  public static final String SCIM_JSON = "application/scim+json";

  private ScimMediaType() {}
}
