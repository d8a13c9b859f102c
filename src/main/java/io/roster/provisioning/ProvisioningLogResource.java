package io.roster.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  static final int MAX_GROUPS = 50;

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
  public LogPage list(@BeanParam LogParams params) {
    ProvisioningSearch.Page page = search.find(params.query(50, MAX_LIMIT));
    return new LogPage(log.dropped(), page.next(), page.entries());
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The same filtered view as CSV (at most 10,000 rows)")
  public Response csv(@BeanParam LogParams params) {
    return Response.ok(LogCsv.of(search.find(params.query(MAX_CSV, MAX_CSV)).entries()))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"provisioning-log.csv\"")
        .build();
  }

  @GET
  @Path("errors")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Failed requests grouped by status, scimType and the detail's shape")
  public List<ErrorGroup> errors(@BeanParam LogParams params) {
    return search.errorGroups(params.query(MAX_GROUPS, MAX_GROUPS), MAX_GROUPS);
  }
}
