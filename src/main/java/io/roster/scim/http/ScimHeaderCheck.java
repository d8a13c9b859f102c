package io.roster.scim.http;

import io.roster.scim.error.ScimType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * A malformed Content-Type or Accept header gets a SCIM error (400 invalidSyntax), not HTML; an
 * over-long URI (414) or header (431), or too many headers (431), likewise. Those caps lie below
 * Liberty's own (32,768 bytes per line, 500 headers), whose refusal is an empty 400 that no
 * application code can shape. Also on forwards, so that {@code /scim/v2/...} is checked whichever
 * filter runs first.
 */
@WebFilter(
    urlPatterns = "/scim/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ScimHeaderCheck extends HttpFilter {
  static final int MAX_URI_LENGTH = 8_192;
  static final int MAX_HEADER_LENGTH = 8_192;
  static final int MAX_HEADERS = 100;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (tooLarge(req, res)) {
      return;
    }
    boolean refused =
        MediaTypeHeaders.refuseMalformed(
            req,
            res,
            ScimMediaType.SCIM_JSON,
            detail -> ScimErrors.body(400, ScimType.INVALID_SYNTAX, detail).toString());
    if (!refused) {
      chain.doFilter(req, res);
    }
  }

  /** Answers 414 or 431 when the URI or the headers exceed the caps; true when it answered. */
  private static boolean tooLarge(HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    String query = req.getQueryString();
    int uri = req.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    if (uri > MAX_URI_LENGTH) {
      return refuse(res, 414, "The request URI is longer than " + MAX_URI_LENGTH + " characters");
    }
    int headers = 0;
    for (String name : Collections.list(req.getHeaderNames())) {
      for (String value : Collections.list(req.getHeaders(name))) {
        if (++headers > MAX_HEADERS) {
          return refuse(res, 431, "More than " + MAX_HEADERS + " request headers");
        }
        if (name.length() + value.length() > MAX_HEADER_LENGTH) {
          return refuse(
              res, 431, "Header " + name + " is longer than " + MAX_HEADER_LENGTH + " characters");
        }
      }
    }
    return false;
  }

  private static boolean refuse(HttpServletResponse res, int status, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType(ScimMediaType.SCIM_JSON);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(ScimErrors.body(status, null, detail).toString());
    return true;
  }
}
