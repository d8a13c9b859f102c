package io.roster.scim.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;

/**
 * Serves {@code /scim/v2/...} as {@code /scim/...}: some identity providers are configured with the
 * versioned base URL, others without.
 *
 * <p>A forward skips the filters that guard other paths (the console's login among them), so the
 * target must stay under {@code /scim}: the target is built from the decoded path, and a path with
 * a {@code ..} segment (which may arrive percent-encoded: {@code /scim/v2/%2e%2e/console/}) is
 * refused.
 */
@WebFilter(urlPatterns = "/scim/v2/*")
public class ScimV2Alias extends HttpFilter {
  private static final String PREFIX = "/scim/v2";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String decoded = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!decoded.startsWith(PREFIX) || leavesScim(decoded.substring(PREFIX.length()))) {
      res.setStatus(404);
      res.setContentType(ScimMediaType.SCIM_JSON);
      res.getWriter().write(ScimErrors.body(404, null, "No such SCIM endpoint").toString());
      return;
    }
    String query = req.getQueryString();
    String target = encoded("/scim" + decoded.substring(PREFIX.length()));
    req.getRequestDispatcher(target + (query == null ? "" : "?" + query)).forward(req, res);
  }

  /** The decoded path quoted again where it must be, so that a {@code ?} stays in the path. */
  private static String encoded(String path) throws ServletException {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new ServletException(e);
    }
  }

  static boolean leavesScim(String decodedRest) {
    return decodedRest.contains("\\")
        || Arrays.stream(decodedRest.split("/")).anyMatch(segment -> segment.equals(".."));
  }
}
