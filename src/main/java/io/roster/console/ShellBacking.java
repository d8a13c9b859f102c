package io.roster.console;

import io.roster.audit.Actor;
import io.roster.session.ConsoleSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The layout template: who is signed in, which pages they may open (the sidebar), and signing out.
 */
@Named
@RequestScoped
public class ShellBacking {
  @Inject ConsoleSessions sessions;

  /** The local admin account's name, or the SSO person's userName. */
  public String getAdmin() {
    return signedIn().name();
  }

  /** Who the audit log names as the actor of this request's changes. */
  public Actor actor() {
    return signedIn().actor();
  }

  /**
   * Whether the signed-in person may open {@code page} (a path such as {@code /console/x.xhtml}).
   */
  public boolean opens(String page) {
    return signedIn().has(ConsoleAccess.toOpen(page));
  }

  /** Whether the signed-in person may post actions on {@code page}. */
  public boolean changes(String page) {
    return signedIn().has(ConsoleAccess.need(page, true, List.of()));
  }

  public boolean isAdminAccount() {
    return signedIn().isAdminAccount();
  }

  public void logout() throws IOException {
    ExternalContext external = external();
    SignedIn who = signedIn();
    sessions.end(
        who.session(),
        who.actor(),
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse());
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml?signedOut=true");
  }

  private static SignedIn signedIn() {
    return (SignedIn) external().getRequestMap().get(SignedIn.ATTRIBUTE);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
