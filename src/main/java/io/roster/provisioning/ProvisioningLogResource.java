package io.roster.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/admin/provisioning-log}: the requests identity providers made, newest first, as
 * JSON pages (keyset: pass {@code next} as {@code before}); {@code /csv}: the same filtered view as
 * a CSV file of up to {@value #MAX_CSV} rows; {@code /errors}: the failures grouped.
 */
@Path("admin/provisioning-log")
@Tag(name = "Provisioning log")
@RequestScoped
public class ProvisioningLogResource {
  static final int MAX_LIMIT = 500;
  static final int MAX_CSV = 10_000;

  @Inject ProvisioningSearch search;
  @Inject ProvisioningLog log;

  /**
   * @param dropped entries this node could not keep since it started (queue full or PostgreSQL
   *     refused them)
   */
  public record LogPage(long dropped, Long next, List<ProvisioningEntry> entries) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Logged requests, newest first; from/to are ISO-8601 timestamps")
  public LogPage list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("token") String token,
      @QueryParam("status") String status,
      @QueryParam("method") String method,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resource") String resource,
      @QueryParam("before") String before,
      @QueryParam("limit") String limit) {
    ProvisioningQuery query =
        query(
            from, to, token, status, method, resourceType, resource, before, limit, 50, MAX_LIMIT);
    ProvisioningSearch.Page page = search.find(query);
    return new LogPage(log.dropped(), page.next(), page.entries());
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The same filtered view as CSV (at most 10,000 rows)")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("token") String token,
      @QueryParam("status") String status,
      @QueryParam("method") String method,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resource") String resource,
      @QueryParam("before") String before,
      @QueryParam("limit") String limit) {
    ProvisioningQuery query =
        query(
            from,
            to,
            token,
            status,
            method,
            resourceType,
            resource,
            before,
            limit,
            MAX_CSV,
            MAX_CSV);
    return Response.ok(LogCsv.of(search.find(query).entries()))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"provisioning-log.csv\"")
        .build();
  }

  @GET
  @Path("errors")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Failed requests grouped by status, scimType and the detail's shape")
  public List<ErrorGroup> errors(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("token") String token,
      @QueryParam("method") String method,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resource") String resource) {
    return search.errorGroups(
        query(from, to, token, null, method, resourceType, resource, null, null, 50, 50), 50);
  }

  private static ProvisioningQuery query(
      String from,
      String to,
      String token,
      String status,
      String method,
      String resourceType,
      String resource,
      String before,
      String limit,
      int defaultLimit,
      int maxLimit) {
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
