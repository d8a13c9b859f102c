package io.roster.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a state-changing {@code /api} call that a browser sends on another site's behalf (403),
 * before any credential is checked: a browser that remembers an admin's Basic credentials would
 * otherwise send them with another site's form post. Browsers say so in {@code Sec-Fetch-Site}
 * ({@code cross-site}, {@code same-site}) or, older ones, in an {@code Origin} naming another host.
 * Callers that are not browsers send neither and pass.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteCheck extends HttpFilter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (crossSite(
        req.getMethod(),
        req.getHeader("Sec-Fetch-Site"),
        req.getHeader("Origin"),
        req.getHeader("Host"))) {
      res.setStatus(403);
      res.setContentType("application/json");
      res.getWriter()
          .write(ApiErrors.body(403, "Cross-site requests may not change anything").toString());
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean crossSite(String method, String fetchSite, String origin, String host) {
    if (SAFE_METHODS.contains(method)) {
      return false;
    }
    if (fetchSite != null) {
      return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }
    return origin != null && !Origins.sameHost(origin, host);
  }
}
