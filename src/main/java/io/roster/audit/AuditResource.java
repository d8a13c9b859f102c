package io.roster.audit;

import io.roster.api.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/admin/audit}: the audit log, newest first. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RequestScoped
public class AuditResource {
  static final int MAX_LIMIT = 500;

  @Inject AuditSearch search;

  public record AuditPage(long total, int offset, int limit, List<AuditEntryView> entries) {}

  @GET
  @Operation(summary = "Audit entries, newest first; from/to are ISO-8601 timestamps")
  public AuditPage list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("targetType") String targetType,
      @QueryParam("target") String target,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Paging paging = Paging.parse(offset, limit, 50, MAX_LIMIT);
    AuditQuery query =
        new AuditQuery(
            time(from),
            time(to),
            actor,
            action,
            targetType,
            target,
            paging.offset(),
            paging.limit());
    AuditSearch.Page page = search.find(query);
    return new AuditPage(page.total(), paging.offset(), paging.limit(), page.entries());
  }

  private static OffsetDateTime time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("Not an ISO-8601 timestamp with offset: " + value);
    }
  }
}
