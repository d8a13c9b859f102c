package io.roster.scim.schema;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The RFC 7643 {@code dateTime} on the wire: ISO-8601 in UTC. */
public final class DateTimes {
  private DateTimes() {}

  /** E.g. {@code 2025-01-31T12:00:00.123Z}. */
  public static String format(OffsetDateTime time) {
    return DateTimeFormatter.ISO_INSTANT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
