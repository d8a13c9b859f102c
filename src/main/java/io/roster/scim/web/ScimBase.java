package io.roster.scim.web;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wire details shared by every SCIM resource: its base URL and its timestamps. */
public final class ScimBase {
  private ScimBase() {}

  /** {@code http://host/scim}, without a trailing slash, as locations and $refs start. */
  public static String of(UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** RFC 7643 dateTime in UTC, e.g. {@code 2025-01-31T12:00:00.123Z}. */
  public static String timestamp(OffsetDateTime time) {
    return DateTimeFormatter.ISO_INSTANT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
