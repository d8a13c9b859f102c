package io.roster.console;

import io.roster.admin.AdminAccounts;
import io.roster.admin.AdminChangeRefused;
import io.roster.audit.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code console/password.xhtml}: the signed-in admin changes their own password, with the current
 * one. {@link ConsoleFilter} sends an admin here until a password someone else chose is replaced.
 */
@Named
@RequestScoped
public class PasswordBacking {
  @Inject AdminAccounts accounts;
  @Inject ShellBacking shell;

  private String current;
  private String password;
  private String repeat;

  public void change() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String admin = shell.getAdmin();
    try {
      if (password == null || !password.equals(repeat)) {
        Messages.error("The new password and its repetition differ.");
        return;
      }
      accounts.changePassword(Actor.admin(admin), admin, current, password);
    } catch (AdminChangeRefused e) {
      Messages.error(e.getMessage() + ".");
      return;
    } finally {
      current = null;
      password = null;
      repeat = null;
    }
    external.redirect(external.getRequestContextPath() + "/console/");
  }

  public boolean isRequired() {
    return accounts.mustChangePassword(shell.getAdmin());
  }

  public int getMinLength() {
    return AdminAccounts.MIN_PASSWORD;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
