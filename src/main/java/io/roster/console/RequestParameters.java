package io.roster.console;

import jakarta.faces.context.FacesContext;

/**
 * The current request's parameters, for what a page carries in its links and buttons (a search, a
 * page number, the id of the row a button was rendered with) rather than in bound inputs.
 */
public final class RequestParameters {
  private RequestParameters() {}

  /** Null when the request has no such parameter. */
  public static String get(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
