package io.roster.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-level messages shown by the layout's message area. */
public final class Messages {
  private Messages() {}

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
