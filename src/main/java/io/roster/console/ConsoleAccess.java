package io.roster.console;

import io.roster.role.AccessLevel;
import java.util.Collection;
import java.util.List;

/**
 * Which area and level each console page and action needs: the one table the filter enforces and
 * the sidebar shows. Local admin accounts pass everywhere; SCIM-provisioned people signed in
 * through SSO need their roles' levels (README, "Roles decide the console").
 *
 * <table>
 *   <caption>The table</caption>
 *   <tr><th>Page</th><th>To open</th><th>To change</th></tr>
 *   <tr><td>Dashboard</td><td>console: view</td><td>-</td></tr>
 *   <tr><td>Users, a user</td><td>users: view</td><td>-</td></tr>
 *   <tr><td>Roles</td><td>roles: view</td><td>roles: edit</td></tr>
 *   <tr><td>Audit log, Provisioning (and its CSV)</td><td>audit: view</td><td>-</td></tr>
 *   <tr><td>Settings (SSO &amp; SCIM, OAuth, admins)</td><td>console: admin</td><td>console:
 *       admin</td></tr>
 *   <tr><td>My password</td><td>a local admin account</td><td>a local admin account</td></tr>
 * </table>
 *
 * <p>Every page also needs {@code console: view}, which is what signing in needs. A page missing
 * from the table needs {@code console: admin}, so that a new page is closed until it is placed.
 */
public final class ConsoleAccess {
  /** An area and the least level in it. */
  public record Need(String area, AccessLevel level) {}

  static final String CONSOLE = "console";
  static final Need SIGN_IN = new Need(CONSOLE, AccessLevel.VIEW);
  static final Need SETTINGS = new Need(CONSOLE, AccessLevel.ADMIN);

  /** No provisioned person has this pseudo-area: pages of the local admin accounts themselves. */
  static final Need LOCAL_ACCOUNT = new Need("local admin account", AccessLevel.ADMIN);

  /** The layout's sign-out form, on every page. */
  static final String SIGN_OUT_FORM = "signout";

  private ConsoleAccess() {}

  /**
   * What a request to {@code page} (the path below the context root) needs.
   *
   * @param post whether it is a form post, which runs an action
   * @param parameters the names of the posted parameters: a post of the sign-out form alone needs
   *     no more than signing in, whatever page it is posted to
   */
  static Need need(String page, boolean post, Collection<String> parameters) {
    if (post && signOutOnly(parameters)) {
      return SIGN_IN;
    }
    return switch (page) {
      case "/console/", "/console/index.xhtml", "/console/login.xhtml" -> SIGN_IN;
      case "/console/users.xhtml", "/console/user.xhtml" -> new Need("users", AccessLevel.VIEW);
      case "/console/roles.xhtml" -> new Need("roles", post ? AccessLevel.EDIT : AccessLevel.VIEW);
      case "/console/audit.xhtml", "/console/provisioning.xhtml", "/console/provisioning.csv" ->
          new Need("audit", AccessLevel.VIEW);
      case "/console/password.xhtml" -> LOCAL_ACCOUNT;
      default -> SETTINGS;
    };
  }

  /** Whether a page may be opened, for the sidebar: the same table as the filter's. */
  static Need toOpen(String page) {
    return need(page, false, List.of());
  }

  /**
   * The sign-out form's own fields ({@code signout_SUBMIT}, as MyFaces marks the submitted form,
   * and {@code signout:…}) and the Faces ones, nothing of another form.
   */
  private static boolean signOutOnly(Collection<String> parameters) {
    return parameters.contains(SIGN_OUT_FORM + "_SUBMIT")
        && parameters.stream()
            .allMatch(
                name ->
                    name.equals(SIGN_OUT_FORM + "_SUBMIT")
                        || name.startsWith(SIGN_OUT_FORM + ":")
                        || name.startsWith("jakarta.faces."));
  }
}
