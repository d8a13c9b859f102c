package io.roster.web;

import io.roster.api.ApiErrors;
import io.roster.scim.http.ScimErrors;
import io.roster.scim.http.ScimMediaType;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page (web.xml) for what Liberty's web application refuses before any filter or JAX-RS
 * resource sees the request: an encoded {@code ..} or {@code /} in the path ({@code
 * /scim/Users/%2e%2e/x}). Under {@code /scim} the answer is the SCIM error JSON, under {@code /api}
 * the admin API's error JSON, elsewhere plain text; never Liberty's HTML page. (An encoded control
 * character or a bad percent-escape is refused earlier, before the application, where no error page
 * runs; under /scim Roster's Liberty user feature in src/main/liberty-extension answers those:
 * README, "Exact totals, round trips, container errors, large groups".) Reached only as an error
 * dispatch: a request of its own gets a 404.
 */
@WebServlet("/errors/refused")
public class ContainerErrors extends HttpServlet {
  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!(req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = path(req);
    String detail =
        "The request was refused before it reached Roster: its URI is malformed (such as an"
            + " encoded '..' or '/')";
    res.setStatus(status);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/scim/") || path.equals("/scim")) {
      write(res, ScimMediaType.SCIM_JSON, ScimErrors.body(status, null, detail));
    } else if (path.startsWith("/api/") || path.equals("/api")) {
      write(res, "application/json", ApiErrors.body(status, detail));
    } else {
      res.setContentType("text/plain");
      res.getWriter().write(detail);
    }
  }

  /** The refused request's path within the application, as sent (still encoded). */
  private static String path(HttpServletRequest req) {
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : "";
    String context = req.getContextPath();
    return path.startsWith(context) ? path.substring(context.length()) : path;
  }

  private static void write(HttpServletResponse res, String type, JsonObject body)
      throws IOException {
    res.setContentType(type);
    res.getWriter().write(body.toString());
  }
}
