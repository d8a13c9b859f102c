package io.roster.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a Prometheus scrape of /metrics reads after an identity provider's requests. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
  static final String SPC =
      "roster_scim_requests_total{method=\"GET\",resource_type=\"ServiceProviderConfig\","
          + "status_class=\"2xx\",token=\"integration test\"}";
  static final String NOT_FOUND =
      "roster_scim_requests_total{method=\"GET\",resource_type=\"User\","
          + "status_class=\"4xx\",token=\"integration test\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static HttpResponse<String> scrape() {
    return Http.send(
        HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/metrics")), "GET", null, null);
  }

  static long value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void requestsLatencyDropsPoolAndJvmAreExported() {
    ScimTestClient scim = ScimTestClient.create();
    String before = scrape().body();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, scim.get("/scim/ServiceProviderConfig").statusCode());
    }
    assertEquals(404, scim.get("/scim/Users/no-such-user").statusCode());

    HttpResponse<String> answer = scrape();
    assertEquals(200, answer.statusCode());
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("text/plain; version=0.0.4"));
    String metrics = answer.body();
    assertEquals(value(before, SPC) + 3, value(metrics, SPC), metrics);
    assertEquals(value(before, NOT_FOUND) + 1, value(metrics, NOT_FOUND), metrics);
    assertTrue(
        metrics.contains(
            "roster_scim_request_duration_seconds_bucket{le=\"+Inf\",method=\"GET\","
                + "resource_type=\"ServiceProviderConfig\"}"),
        metrics);
    assertTrue(metrics.contains("# TYPE roster_scim_request_duration_seconds histogram"), metrics);
    assertTrue(metrics.contains("# TYPE roster_scim_rate_limited_total counter"), metrics);
    assertTrue(metrics.contains("\nroster_provisioning_log_dropped_total "), metrics);
    assertTrue(metrics.contains("\nroster_db_pool_connections{pool="), metrics);
    assertTrue(metrics.contains("\njvm_memory_used_bytes{area=\"heap\"} "), metrics);
    assertTrue(metrics.contains("\nprocess_cpu_seconds_total "), metrics);
    assertTrue(!metrics.contains(scim.token()), "no secret in the metrics");
  }
}
