package io.roster.console;

import io.roster.admin.AdminAuthenticator;
import io.roster.admin.FirstAdmin;
import io.roster.admin.LoginRefused;
import io.roster.admin.PasswordSignInOff;
import io.roster.platform.ClientAddress;
import io.roster.session.ConsoleSessions;
import io.roster.session.ReturnTo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code console/login.xhtml}: the local admin accounts' form login (throttled and audited). */
@Named
@RequestScoped
public class LoginBacking {
  @Inject FirstAdmin firstAdmin;
  @Inject AdminAuthenticator authenticator;
  @Inject ConsoleSessions sessions;
  @Inject ClientAddress clientAddress;

  private String userName;
  private String password;
  private String next;

  public void login() throws IOException {
    firstAdmin.ensure();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> admin;
    try {
      admin = authenticator.authenticate(userName, password, clientAddress.of(request));
    } catch (LoginRefused e) {
      Messages.error(
          "Too many sign-in attempts. Try again in " + e.retryAfterSeconds() + " seconds.");
      return;
    } catch (PasswordSignInOff e) {
      Messages.error(e.getMessage());
      return;
    } finally {
      password = null;
    }
    if (admin.isEmpty()) {
      Messages.error(
          "Wrong user name or password. After repeated failures, wait a few seconds between tries.");
      return;
    }
    sessions.start(admin.get(), request, (HttpServletResponse) external.getResponse());
    external.redirect(ReturnTo.consolePage(external.getRequestContextPath(), next));
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
