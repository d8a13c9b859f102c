package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.audit.AuditQuery;
import io.roster.audit.AuditSearch;
import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty: states the HTTP API cannot produce (an expired token, a spent rate budget) are
 * set up through the services and the database, then checked over HTTP against this same node.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityServicesIT {
  static final String RATE_LIMIT = "roster.scim.rate-limit";

  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war().addClass(Database.class);
  }

  @Inject ScimAccess access;
  @Inject ScimTokens tokens;
  @Inject AuditSearch auditSearch;

  static HttpResponse<String> scim(String token) throws Exception {
    String port = ConfigProvider.getConfig().getValue("http.port", String.class);
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/scim/ServiceProviderConfig"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void expiredTokenIsRefusedOnTheNextRequest() throws Exception {
    access.setEnabled(true);
    IssuedToken issued = tokens.create("expiring", 1);
    assertEquals(200, scim(issued.secret()).statusCode());

    Database.update(
        "UPDATE scim_token SET expires_at = now() - interval '1 second' WHERE id = ?",
        issued.token().id());

    assertTrue(tokens.authenticate(issued.secret(), TokenScope.SCIM).isEmpty());
    HttpResponse<String> refused = scim(issued.secret());
    assertEquals(401, refused.statusCode(), refused.body());
  }

  @Test
  void spentBudgetIsAnswered429WithRetryAfter() throws Exception {
    access.setEnabled(true);
    IssuedToken issued = tokens.create("busy", null);
    UUID id = issued.token().id();
    // At 500/s the bucket refills faster than a test can empty it: lower the budget for a moment.
    System.setProperty(RATE_LIMIT, "1");
    HttpResponse<String> limited;
    try {
      // the limiter reads its setting once a second: within about a second, a budget of 1/s
      // with a burst of 2 refuses the third request in a row
      long deadline = System.nanoTime() + 5_000_000_000L;
      limited = scim(issued.secret());
      while (limited.statusCode() != 429 && System.nanoTime() < deadline) {
        Thread.sleep(50);
        limited = scim(issued.secret());
      }
    } finally {
      System.clearProperty(RATE_LIMIT);
    }
    assertEquals(429, limited.statusCode(), limited.body());
    assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    assertTrue(limited.body().contains("\"status\":\"429\""), limited.body());

    var refusals =
        auditSearch.find(
            new AuditQuery(null, null, id.toString(), "scim.request.rejected", null, null, 0, 10));
    assertEquals(1, refusals.total(), "the first refusal of a token is audited at once");
  }

  @Test
  void aMaximumLifetimeBoundsNewTokens() throws Exception {
    System.setProperty(ScimTokens.MAX_DAYS, "2");
    try {
      Thread.sleep(1_000); // configuration values may be cached for a moment
      OffsetDateTime latest = OffsetDateTime.now().plusDays(2).plusMinutes(1);
      for (Integer days : Arrays.asList(null, 30)) {
        OffsetDateTime expiresAt = tokens.create("bounded", days).token().expiresAt();
        assertTrue(expiresAt != null && expiresAt.isBefore(latest), days + " -> " + expiresAt);
      }
      assertTrue(
          tokens.create("short", 1).token().expiresAt().isBefore(latest.minusDays(1)),
          "a shorter one is kept");
    } finally {
      System.clearProperty(ScimTokens.MAX_DAYS);
    }
  }
}
