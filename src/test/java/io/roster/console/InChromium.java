package io.roster.console;

import io.roster.testing.RosterDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests drive the console in headless Chromium, as a person does: the WAR that
 * ships, deployed whole, and one {@link Browser} for the class, opened before its first test (or
 * the class skipped when Chromium is missing) and closed after its last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class InChromium {
  static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
