package io.roster.metrics;

import io.roster.provisioning.ProvisioningLog;
import io.roster.provisioning.ScimMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@code GET /metrics}: Roster's metrics in the Prometheus text format (version 0.0.4), for a
 * Prometheus scrape or an OpenTelemetry Collector's prometheus receiver. SCIM requests and latency,
 * rate-limit refusals, the provisioning log's drops and queue, the database pool (Liberty's
 * connection pool statistics, from the monitor feature) and the JVM. The README lists every name.
 */
@WebServlet("/metrics")
public class MetricsEndpoint extends HttpServlet {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  @Inject transient ScimMetrics scim;
  @Inject transient ProvisioningLog log;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    PrometheusText out = new PrometheusText();
    scimMetrics(out);
    out.type(
        "roster_provisioning_log_dropped_total",
        "counter",
        "Provisioning-log entries this node dropped (queue full or PostgreSQL refused them)");
    out.sample("roster_provisioning_log_dropped_total", Map.of(), log.dropped());
    out.type(
        "roster_provisioning_log_queued",
        "gauge",
        "Provisioning-log entries waiting for the background writer");
    out.sample("roster_provisioning_log_queued", Map.of(), log.queued());
    pool(out);
    jvm(out);
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    res.setContentType(CONTENT_TYPE);
    res.setHeader("Cache-Control", "no-store");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  private void scimMetrics(PrometheusText out) {
    out.type(
        "roster_scim_requests_total",
        "counter",
        "Requests to /scim and /oauth by method, resource type, status class and token name");
    scim.requests()
        .forEach(
            (k, n) ->
                out.sample(
                    "roster_scim_requests_total",
                    Map.of(
                        "method", k.method(),
                        "resource_type", k.resourceType(),
                        "status_class", k.statusClass(),
                        "token", k.token()),
                    n));
    out.type(
        "roster_scim_rate_limited_total",
        "counter",
        "Requests refused with 429 by the per-token rate limit, by token name");
    scim.rateLimited()
        .forEach(
            (token, n) -> out.sample("roster_scim_rate_limited_total", Map.of("token", token), n));
    String h = "roster_scim_request_duration_seconds";
    out.type(h, "histogram", "Time from the request's arrival to its answer's last byte");
    scim.latency()
        .forEach(
            (k, l) -> {
              Map<String, String> labels =
                  Map.of("method", k.method(), "resource_type", k.resourceType());
              for (int i = 0; i < ScimMetrics.BUCKETS.length; i++) {
                out.sample(
                    h + "_bucket",
                    PrometheusText.with(
                        labels, "le", PrometheusText.number(ScimMetrics.BUCKETS[i])),
                    l.buckets()[i]);
              }
              out.sample(h + "_bucket", PrometheusText.with(labels, "le", "+Inf"), l.count());
              out.sample(h + "_sum", labels, l.sumSeconds());
              out.sample(h + "_count", labels, l.count());
            });
  }

  /** Liberty's statistics of each data source's pool; none without the monitor feature. */
  private static void pool(PrometheusText out) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    Map<String, String> gauges =
        Map.of(
            "ManagedConnectionCount", "roster_db_pool_connections",
            "FreeConnectionCount", "roster_db_pool_free_connections",
            "ConnectionHandleCount", "roster_db_pool_connections_in_use",
            "WaitTime", "roster_db_pool_wait_milliseconds");
    try {
      var pools = server.queryNames(new ObjectName("WebSphere:type=ConnectionPoolStats,*"), null);
      for (var e : gauges.entrySet()) {
        out.type(e.getValue(), "gauge", "Database pool: Liberty's " + e.getKey());
        for (ObjectName pool : pools) {
          Object value = server.getAttribute(pool, e.getKey());
          if (value instanceof Number n) {
            out.sample(e.getValue(), Map.of("pool", pool.getKeyProperty("name")), n.doubleValue());
          }
        }
      }
    } catch (JMException e) {
      // a pool that went away between query and read: its numbers are left out of this scrape
    }
  }

  private static void jvm(PrometheusText out) {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
    out.type("jvm_memory_used_bytes", "gauge", "JVM memory in use");
    out.sample("jvm_memory_used_bytes", Map.of("area", "heap"), heap.getUsed());
    out.sample("jvm_memory_used_bytes", Map.of("area", "nonheap"), nonHeap.getUsed());
    out.type("jvm_memory_max_bytes", "gauge", "JVM heap limit (-Xmx)");
    out.sample("jvm_memory_max_bytes", Map.of("area", "heap"), heap.getMax());
    out.type("jvm_threads_live", "gauge", "Live JVM threads");
    out.sample("jvm_threads_live", Map.of(), ManagementFactory.getThreadMXBean().getThreadCount());
    out.type("jvm_gc_collections_total", "counter", "Garbage collections by collector");
    out.type("jvm_gc_collection_seconds_total", "counter", "Time spent in garbage collection");
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      out.sample("jvm_gc_collections_total", Map.of("gc", gc.getName()), gc.getCollectionCount());
      out.sample(
          "jvm_gc_collection_seconds_total",
          Map.of("gc", gc.getName()),
          gc.getCollectionTime() / 1000.0);
    }
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      out.type("process_cpu_seconds_total", "counter", "CPU time of the server process");
      out.sample("process_cpu_seconds_total", Map.of(), hotspot.getProcessCpuTime() / 1e9);
    }
    out.type("process_uptime_seconds", "gauge", "Seconds since the JVM started");
    out.sample(
        "process_uptime_seconds",
        Map.of(),
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
  }
}
