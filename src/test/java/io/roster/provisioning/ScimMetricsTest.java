package io.roster.provisioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimMetricsTest {
  @Test
  void countsByBoundedLabelsAndBucketsLatency() {
    ScimMetrics m = new ScimMetrics();
    m.request("GET", "User", 200, "Okta", 3_000_000); // 3 ms
    m.request("GET", "User", 200, "Okta", 30_000_000); // 30 ms
    m.request("BREW", "User", 429, "Okta", 1_000_000);
    m.request("POST", "User", 401, null, 1_000_000);

    assertEquals(2L, m.requests().get(new ScimMetrics.RequestKey("GET", "User", "2xx", "Okta")));
    assertEquals(1L, m.requests().get(new ScimMetrics.RequestKey("OTHER", "User", "4xx", "Okta")));
    assertEquals(1L, m.requests().get(new ScimMetrics.RequestKey("POST", "User", "4xx", "none")));
    assertEquals(Map.of("Okta", 1L), m.rateLimited());

    ScimMetrics.Latency get = m.latency().get(new ScimMetrics.LatencyKey("GET", "User"));
    assertArrayEquals(new long[] {1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2}, get.buckets());
    assertEquals(2, get.count());
    assertEquals(0.033, get.sumSeconds(), 1e-9);
  }
}
