package io.roster.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the application (SCIM, {@code /api}, {@code /oauth}, the console): no
 * MIME sniffing; referrers only to Roster itself (not {@code no-referrer}: under it a browser posts
 * the console's forms with {@code Origin: null}, which the console refuses); HSTS when the request
 * came over HTTPS ({@link Transport}); and {@code Cache-Control: no-store} on the admin API and the
 * token endpoint, whose answers may hold a token or a client secret. Liberty's own endpoints
 * ({@code /health}, {@code /openapi}) get the first two from {@code server.xml}'s {@code
 * <headers>}; the console adds its own policy ({@code ConsoleFilter}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject Transport transport;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (transport.secure(request)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/oauth/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
