package io.roster.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The numbers an operator graphs and alerts on, counted in memory per node as {@link
 * RequestRecorder} sees each answer: requests by method, resource type, status class and token
 * name, and their latency. Labels come from fixed sets (and token names, which admins choose), so a
 * caller cannot grow them. Served in the Prometheus text format at {@code /metrics}.
 */
@ApplicationScoped
public class ScimMetrics {
  /** Upper bounds of the latency buckets, in seconds. */
  public static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  /** One series of {@code roster_scim_requests_total}. */
  public record RequestKey(String method, String resourceType, String statusClass, String token) {}

  /** One series of {@code roster_scim_request_duration_seconds}. */
  public record LatencyKey(String method, String resourceType) {}

  /**
   * @param buckets cumulative counts per {@link #BUCKETS} bound, then +Inf
   */
  public record Latency(long[] buckets, double sumSeconds, long count) {}

  private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rateLimited = new ConcurrentHashMap<>();
  private final Map<LatencyKey, Histogram> latency = new ConcurrentHashMap<>();

  void request(String method, String resourceType, int status, String token, long nanos) {
    String m = METHODS.contains(method) ? method : "OTHER";
    String t = token == null ? "none" : token;
    requests
        .computeIfAbsent(
            new RequestKey(m, resourceType, status / 100 + "xx", t), k -> new LongAdder())
        .increment();
    if (status == 429) {
      rateLimited.computeIfAbsent(t, k -> new LongAdder()).increment();
    }
    latency.computeIfAbsent(new LatencyKey(m, resourceType), k -> new Histogram()).add(nanos);
  }

  public Map<RequestKey, Long> requests() {
    return snapshot(requests);
  }

  /** Refusals of the per-token rate limit (429), by token name. */
  public Map<String, Long> rateLimited() {
    return snapshot(rateLimited);
  }

  public Map<LatencyKey, Latency> latency() {
    Map<LatencyKey, Latency> out =
        new TreeMap<>(
            Comparator.comparing(LatencyKey::method).thenComparing(LatencyKey::resourceType));
    latency.forEach((k, h) -> out.put(k, h.snapshot()));
    return out;
  }

  private static <K> Map<K, Long> snapshot(Map<K, LongAdder> counters) {
    Map<K, Long> out = new LinkedHashMap<>();
    counters.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Counts per bucket (not cumulative while recording; cumulated in the snapshot). */
  private static final class Histogram {
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length + 1);
    private final LongAdder sumNanos = new LongAdder();

    void add(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts.incrementAndGet(i);
      sumNanos.add(nanos);
    }

    Latency snapshot() {
      long[] cumulative = new long[counts.length()];
      long running = 0;
      for (int i = 0; i < cumulative.length; i++) {
        running += counts.get(i);
        cumulative[i] = running;
      }
      return new Latency(cumulative, sumNanos.sum() / 1e9, running);
    }
  }
}
