package io.roster.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside Liberty: a sender that dies mid-delivery loses nothing; 3 days failing disables. */
@ExtendWith(ArquillianExtension.class)
class WebhookRecoveryIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war()
        .addClasses(Database.class, Receiver.class, Receiver.Received.class);
  }

  @Inject Webhooks webhooks;

  @Test
  void aDeliveryClaimedByASenderThatDiedIsSentOnceItsLeaseExpires() throws Exception {
    try (Receiver receiver = new Receiver()) {
      UUID endpoint = webhooks.create(receiver.url(), List.of("user.updated")).endpoint().id();
      try {
        String marker = UUID.randomUUID().toString();
        Database.update(
            "INSERT INTO webhook_delivery (endpoint_id, event_type, payload) VALUES (?, 'user.updated', ?)",
            endpoint,
            "{\"marker\":\"" + marker + "\"}");
        // A sender claims it, then dies before sending: only its lease remains.
        Database.update(
            "UPDATE webhook_delivery SET lease_until = now() + interval '3 seconds',"
                + " attempts = 1 WHERE endpoint_id = ?",
            endpoint);
        Thread.sleep(1500);
        assertTrue(receiver.received.isEmpty(), "nobody sends while the lease holds");
        long deadline = System.currentTimeMillis() + 30_000;
        while (receiver.received.stream().noneMatch(r -> r.body().contains(marker))) {
          assertTrue(System.currentTimeMillis() < deadline, "sent after the lease expired");
          Thread.sleep(100);
        }
        while (!"delivered"
            .equals(
                Database.queryString(
                    "SELECT state FROM webhook_delivery WHERE endpoint_id = ?", endpoint))) {
          assertTrue(System.currentTimeMillis() < deadline, "recorded as delivered");
          Thread.sleep(100);
        }
        assertEquals(1, receiver.received.size(), "once");
      } finally {
        webhooks.delete(endpoint);
      }
    }
  }

  @Test
  void anEndpointFailingForThreeDaysIsDisabledAndAudited() throws Exception {
    UUID endpoint = webhooks.create("http://127.0.0.1:9/hook", List.of()).endpoint().id();
    try {
      Database.update(
          "UPDATE webhook_endpoint SET failing_since = now() - interval '3 days 1 minute',"
              + " failures = 40, retry_at = now() + interval '1 hour' WHERE id = ?",
          endpoint);
      webhooks.disableFailing();
      Endpoint disabled = webhooks.get(endpoint).orElseThrow();
      assertFalse(disabled.enabled());
      assertTrue(disabled.disabledReason().startsWith("Deliveries failed for 3 days"));
      assertEquals(
          "1",
          Database.queryString(
              "SELECT count(*) FROM audit_entry WHERE action = 'webhook.disabled' AND target_id = ?",
              endpoint.toString()));
      assertTrue(webhooks.disabledForFailing() > 0, "the console banner counts it");
      webhooks.update(endpoint, null, null, true);
      assertNull(
          webhooks.get(endpoint).orElseThrow().failingSince(), "enabled again, failure cleared");
    } finally {
      webhooks.delete(endpoint);
    }
  }
}
