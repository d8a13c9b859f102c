package io.roster.console;

import org.openqa.selenium.By;

/**
 * Takes the README's screenshots from a running server loaded with {@code src/site/demo-data.sql}
 * (the browser test takes the same pages from the test server on every build):
 *
 * <pre>
 * mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Droster.test.http.port=9080 \
 *      -Droster.screenshots=src/site/screenshots io.roster.console.ConsoleTour admin PASSWORD
 * </pre>
 */
public final class ConsoleTour {
  private ConsoleTour() {}

  public static void main(String[] args) {
    try (Browser browser = Browser.open()) {
      browser.get("/console/login.xhtml");
      browser.find("#login\\:userName");
      browser.screenshot("00-login");
      browser.login(args[0], args[1]);
      browser.find(".who-name");
      browser.screenshot("01-dashboard");
      browser.get("/console/settings/sso.xhtml");
      browser.type("#generate\\:name", "Okta production (rotated)");
      browser.find("#generate\\:create").click();
      browser.find("#newToken");
      browser.screenshot("02-settings-sso-new-token");
      browser.get("/console/settings/sso.xhtml");
      browser.screenshot("03-settings-sso");
      browser.get("/console/roles.xhtml");
      browser.screenshot("04-roles");
      browser.get("/console/users.xhtml?q=okafor");
      browser.find("#userTable");
      browser.screenshot("05-users");
      browser.driver.findElement(By.cssSelector("#userTable .user-link")).click();
      browser.find("#status");
      browser.screenshot("06-user");
      browser.get("/console/audit.xhtml");
      browser.find("#auditTable");
      browser.screenshot("07-audit");
      browser.get("/console/no-such-page");
      browser.screenshot("08-error-404");
      browser.resize(390, 844);
      browser.get("/console/");
      browser.screenshot("09-phone-dashboard");
    }
  }
}
