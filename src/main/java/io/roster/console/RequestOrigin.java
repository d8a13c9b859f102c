package io.roster.console;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The cross-site request forgery checks of a console POST, before Faces restores its view state: a
 * browser's Origin (or, without it, Referer) must name this host, and the form must carry a {@code
 * jakarta.faces.ViewState}, so a post from elsewhere or without the page's state never reaches an
 * action.
 */
final class RequestOrigin {
  static final String VIEW_STATE = "jakarta.faces.ViewState";

  private RequestOrigin() {}

  static boolean acceptable(HttpServletRequest request) {
    String viewState = request.getParameter(VIEW_STATE);
    if (viewState == null || viewState.isBlank()) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      origin = request.getHeader("Referer");
    }
    return origin == null || sameHost(origin, request.getHeader("Host"));
  }

  /** Compares host and port only: behind a TLS proxy the scheme seen here may differ. */
  static boolean sameHost(String origin, String host) {
    if (host == null || "null".equals(origin)) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return authority.toLowerCase(Locale.ROOT).equals(withoutDefaultPort(host, uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String withoutDefaultPort(String host, String scheme) {
    String h = host.toLowerCase(Locale.ROOT);
    if (("https".equals(scheme) && h.endsWith(":443"))
        || ("http".equals(scheme) && h.endsWith(":80"))) {
      return h.substring(0, h.lastIndexOf(':'));
    }
    return h;
  }
}
