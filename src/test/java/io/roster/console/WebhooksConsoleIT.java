package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.TestDatabase;
import io.roster.webhook.Receiver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Settings → Webhooks in headless Chromium: add an endpoint, see its log, test it, the banner. */
class WebhooksConsoleIT extends InChromium {
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
      browser.waitForText("#deliveryTable", "delivered");

      browser.find(row + " .test").click();
      browser.waitForText(".messages", "Test event queued");
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
