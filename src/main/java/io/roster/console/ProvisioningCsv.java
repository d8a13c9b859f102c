package io.roster.console;

import io.roster.provisioning.LogCsv;
import io.roster.provisioning.ProvisioningQuery;
import io.roster.provisioning.ProvisioningSearch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code /console/provisioning.csv}: the Provisioning page's filtered view as a CSV download, for
 * the signed-in admin ({@link ConsoleFilter} guards {@code /console/*}). At most 10,000 rows.
 */
@WebServlet("/console/provisioning.csv")
public class ProvisioningCsv extends HttpServlet {
  static final int MAX_ROWS = 10_000;

  @Inject transient ProvisioningSearch search;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String status = param(req, "status");
    ProvisioningQuery query =
        new ProvisioningQuery(
            time(param(req, "from")),
            time(param(req, "to")),
            param(req, "token"),
            status != null && ProvisioningBacking.STATUSES.contains(status) ? status : null,
            param(req, "method"),
            param(req, "resourceType"),
            param(req, "resource"),
            null,
            MAX_ROWS);
    byte[] csv = LogCsv.of(search.find(query).entries()).getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("Content-Disposition", "attachment; filename=\"provisioning-log.csv\"");
    res.setContentLength(csv.length);
    res.getOutputStream().write(csv);
  }

  /**
   * An HTML datetime-local value, read as UTC; an unreadable one filters nothing, as on the page.
   */
  private static OffsetDateTime time(String value) {
    try {
      return value == null ? null : LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String param(HttpServletRequest req, String name) {
    String value = req.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
