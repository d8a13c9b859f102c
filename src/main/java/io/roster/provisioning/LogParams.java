package io.roster.provisioning;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The query parameters of {@code /api/admin/provisioning-log} and its CSV and error views, read as
 * text so that a bad value is a 400 that says why.
 */
public class LogParams {
  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("token")
  String token;

  @QueryParam("status")
  String status;

  @QueryParam("method")
  String method;

  @QueryParam("resourceType")
  String resourceType;

  @QueryParam("resource")
  String resource;

  @QueryParam("before")
  String before;

  @QueryParam("limit")
  String limit;

  ProvisioningQuery query(int defaultLimit, int maxLimit) {
    if (status != null && !status.isBlank() && !LogFilter.validStatus(status)) {
      throw new BadRequestException("status must be a class (2xx, 4xx...) or a status (409)");
    }
    return new ProvisioningQuery(
        time(from),
        time(to),
        blank(token),
        blank(status),
        blank(method),
        blank(resourceType),
        blank(resource),
        cursor(before),
        number(limit, defaultLimit, maxLimit));
  }

  private static int number(String value, int absent, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the same answer as out of range
    }
    throw new BadRequestException("limit must be a whole number between 1 and " + max);
  }

  private static Long cursor(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("before must be the next value of a previous page");
    }
  }

  private static OffsetDateTime time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("Not an ISO-8601 timestamp with offset: " + value);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
