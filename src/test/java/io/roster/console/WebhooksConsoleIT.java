package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.TestDatabase;
import io.roster.webhook.Receiver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings → Webhooks in headless Chromium: add an endpoint, see its log, test it, the banner. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksConsoleIT {
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
    }
  }

  @Test
  void addAnEndpointSeeItsDeliveriesSendATestAndTheDisabledBanner() throws Exception {
    try (Receiver receiver = new Receiver()) {
      browser.loginAsAdmin();
      browser.get("/console/settings/webhooks.xhtml");
      browser.type("#create\\:url", receiver.url());
      browser.find("#create\\:createEndpoint").click();
      String secret = browser.find("#newSecret").getDomProperty("value");
      assertTrue(secret.startsWith("whsec_"), secret);

      ScimClient scim = ScimTestAccess.client();
      String userName = "console-hook-" + UUID.randomUUID() + "@x.io";
      scim.post("/Users", "{\"userName\":\"" + userName + "\"}");
      long deadline = System.currentTimeMillis() + 30_000;
      while (receiver.received.stream().noneMatch(r -> r.body().contains(userName))) {
        assertTrue(System.currentTimeMillis() < deadline, "delivered");
        Thread.sleep(100);
      }

      browser.get("/console/settings/webhooks.xhtml");
      assertFalse(browser.driver.getPageSource().contains(secret), "shown once only");
      String row = "tr[data-endpoint]";
      String endpointId = browser.find(row).getDomAttribute("data-endpoint");
      browser.find(row + " a").click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#deliveryTable"), "delivered"));

      browser.find(row + " .test").click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".messages"), "Test event queued"));
      deadline = System.currentTimeMillis() + 30_000;
      while (receiver.received.stream().noneMatch(r -> r.body().contains("webhook.test"))) {
        assertTrue(System.currentTimeMillis() < deadline, "test event delivered");
        Thread.sleep(100);
      }

      try (Connection c = TestDatabase.connect();
          PreparedStatement s =
              c.prepareStatement(
                  "UPDATE webhook_endpoint SET enabled = false,"
                      + " disabled_reason = 'Deliveries failed for 3 days' WHERE id = ?")) {
        s.setObject(1, UUID.fromString(endpointId));
        s.executeUpdate();
      }
      browser.get("/console/");
      assertTrue(browser.text("#webhooksDisabled").contains("disabled"), "the banner");
      AdminApiAccess.client().delete("/admin/webhooks/" + endpointId);
    }
  }
}
