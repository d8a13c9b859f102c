package io.roster.console;

import io.roster.api.Origins;
import jakarta.servlet.http.HttpServletRequest;

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
    return origin == null || Origins.sameHost(origin, request.getHeader("Host"));
  }
}
