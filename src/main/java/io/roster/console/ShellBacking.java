package io.roster.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The layout template: who is signed in, and signing out. */
@Named
@RequestScoped
public class ShellBacking {
  @Inject ConsoleSessions sessions;

  public String getAdmin() {
    return (String) external().getRequestMap().get(ConsoleFilter.ADMIN_ATTRIBUTE);
  }

  public void logout() throws IOException {
    ExternalContext external = external();
    sessions.end(
        getAdmin(),
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse());
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml?signedOut=true");
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
