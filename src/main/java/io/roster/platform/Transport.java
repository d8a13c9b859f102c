package io.roster.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a request reached Roster over HTTPS, as far as cookies and HSTS are concerned: Liberty's
 * own HTTPS port, a proxy saying {@code X-Forwarded-Proto: https}, or {@code roster.secure-cookies}
 * set by an operator whose TLS-terminating proxy says nothing. Marking a cookie Secure or sending
 * HSTS on a request that was not HTTPS costs nothing (a browser ignores HSTS over HTTP), so
 * trusting the header from anyone is harmless here.
 */
@ApplicationScoped
public class Transport {
  @Inject
  @ConfigProperty(name = "roster.secure-cookies", defaultValue = "false")
  boolean alwaysSecure;

  public boolean secure(HttpServletRequest request) {
    return alwaysSecure
        || request.isSecure()
        || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
