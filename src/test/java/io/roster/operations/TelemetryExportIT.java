package io.roster.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's OpenTelemetry settings, as an operator sets them: the runnable server, given only
 * the {@code OTEL_*} variables, exports traces of its requests and its metrics over OTLP (HTTP) to
 * a collector, here a receiver inside the test that records what arrives.
 */
class TelemetryExportIT {
  static final Set<String> RECEIVED = ConcurrentHashMap.newKeySet();
  static HttpServer collector;
  static RunnableNode node;

  @BeforeAll
  static void start() throws Exception {
    collector = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    collector.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          if (body.length > 0) {
            RECEIVED.add(exchange.getRequestURI().getPath());
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    collector.start();
    String endpoint = "http://localhost:" + collector.getAddress().getPort();
    node =
        new RunnableNode(
                "telemetry",
                Integer.getInteger("roster.test.db.port", 55433),
                Map.of(
                    "OTEL_SDK_DISABLED", "false",
                    "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint,
                    "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                    "OTEL_SERVICE_NAME", "roster-it",
                    "OTEL_METRICS_EXPORTER", "otlp",
                    "OTEL_TRACES_EXPORTER", "otlp",
                    "OTEL_LOGS_EXPORTER", "none",
                    "OTEL_METRIC_EXPORT_INTERVAL", "1000",
                    "OTEL_BSP_SCHEDULE_DELAY", "200"))
            .start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (collector != null) {
      collector.stop(0);
    }
  }

  @Test
  void requestsAreTracedAndMetricsExportedToTheConfiguredCollector() throws Exception {
    assertEquals(200, node.scim().get("/ServiceProviderConfig").status());
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!RECEIVED.containsAll(Set.of("/v1/traces", "/v1/metrics"))
        && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertTrue(RECEIVED.contains("/v1/traces"), "traces received: " + RECEIVED);
    assertTrue(RECEIVED.contains("/v1/metrics"), "metrics received: " + RECEIVED);
  }
}
