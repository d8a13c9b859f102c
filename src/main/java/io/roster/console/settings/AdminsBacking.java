package io.roster.console.settings;

import io.roster.admin.AdminAccounts;
import io.roster.admin.AdminChangeRefused;
import io.roster.admin.AdminView;
import io.roster.audit.Actor;
import io.roster.console.Messages;
import io.roster.console.RequestParameters;
import io.roster.console.ShellBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code console/settings/admins.xhtml}: the admin accounts. The same service as {@code
 * /api/admin/admins}; the row a button acts on travels as the request parameter {@code admin}.
 */
@Named
@RequestScoped
public class AdminsBacking {
  @Inject AdminAccounts accounts;
  @Inject ShellBacking shell;

  private String userName;
  private String password;
  private boolean breakGlass;
  private List<AdminView> list;

  public void add() {
    try {
      AdminView added = accounts.add(me(), userName, password, breakGlass);
      Messages.info(
          "Added " + added.userName() + ". They choose their own password at the first sign-in.");
      userName = null;
      breakGlass = false;
    } catch (AdminChangeRefused e) {
      Messages.error(e.getMessage() + ".");
    } finally {
      password = null;
      list = null;
    }
  }

  public void remove() {
    String admin = RequestParameters.get("admin");
    try {
      accounts.remove(me(), admin);
      Messages.info("Removed " + admin + ".");
    } catch (AdminChangeRefused e) {
      Messages.error(e.getMessage() + ".");
    }
    list = null;
  }

  public void toggleBreakGlass() {
    String admin = RequestParameters.get("admin");
    try {
      boolean now =
          getAdmins().stream()
              .filter(a -> a.userName().equals(admin))
              .findFirst()
              .map(a -> !a.breakGlass())
              .orElse(true);
      accounts.setBreakGlass(me(), admin, now);
      Messages.info(admin + (now ? " is a break-glass account." : " is an ordinary account."));
    } catch (AdminChangeRefused e) {
      Messages.error(e.getMessage() + ".");
    }
    list = null;
  }

  private Actor me() {
    return shell.actor();
  }

  public List<AdminView> getAdmins() {
    if (list == null) {
      list = accounts.list();
    }
    return list;
  }

  public int getMinLength() {
    return AdminAccounts.MIN_PASSWORD;
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

  public boolean isBreakGlass() {
    return breakGlass;
  }

  public void setBreakGlass(boolean breakGlass) {
    this.breakGlass = breakGlass;
  }
}
