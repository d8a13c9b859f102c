package io.roster.scim.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code /scim/v2/...} as {@code /scim/...}: some identity providers are configured with the
 * versioned base URL, others without.
 */
@WebFilter(urlPatterns = "/scim/v2/*")
public class ScimV2Alias extends HttpFilter {
  private static final String PREFIX = "/scim/v2";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String query = req.getQueryString();
    String target = "/scim" + path.substring(PREFIX.length()) + (query == null ? "" : "?" + query);
    req.getRequestDispatcher(target).forward(req, res);
  }
}
