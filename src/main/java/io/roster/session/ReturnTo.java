package io.roster.session;

/**
 * Where a sign-in sends the browser afterwards, whether by password or through SSO: the page the
 * person asked for when it is a console page of this server, the dashboard otherwise. Never an open
 * redirect, and never back to the login page.
 */
public final class ReturnTo {
  private ReturnTo() {}

  /** {@code next} if it is a console page under {@code contextPath}; the dashboard otherwise. */
  public static String consolePage(String contextPath, String next) {
    String console = contextPath + "/console/";
    if (next == null
        || !next.startsWith(console)
        || next.contains("//")
        || next.contains("\\")
        || next.startsWith(console + "login.xhtml")) {
      return console;
    }
    return next;
  }
}
