package io.roster.scim.http;

import jakarta.ws.rs.core.UriInfo;

/** The base URL of the SCIM endpoint as the client called it, which locations and $refs start. */
public final class ScimBaseUrl {
  private ScimBaseUrl() {}

  /** {@code http://host/scim}, without a trailing slash. */
  public static String of(UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
