package io.roster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes RESULTS.md: the machine, the server, the table of rows and the targets. */
final class ResultsWriter {
  private final BenchOptions options;
  private final ServerProcess server;

  ResultsWriter(BenchOptions options, ServerProcess server) {
    this.options = options;
    this.server = server;
  }

  String render(List<Result> results, String loadAverage) {
    long peak = server.peakRssMb();
    StringBuilder md =
        header(
            loadAverage,
            peak,
            "load generator on the same machine (plain HTTP/1.1 over one keep-alive socket per client thread); "
                + options.serverWarmUp().toSeconds()
                + " s of mixed reads first (the server's JIT at steady state), then per row a warm-up of "
                + options.warmUp().toSeconds()
                + " s, then "
                + options.duration().toSeconds()
                + " s measured per row");
    md.append(
            "\nMode `closed`: each client sends its next request when the previous one answers"
                + " (throughput). Mode `N/s`: clients follow a fixed schedule of N requests/s in total and"
                + " latency counts from each request's intended send time (no coordinated omission)."
                + " req/s counts answered (2xx) requests; Peak RSS is the server JVM's VmHWM after the"
                + " row.\n\n")
        .append(
            "| Scenario | Clients | Mode | req/s | p50 ms | p95 ms | p99 ms | max ms | Errors | Peak RSS MB | CPU % srv/gen/all | Notes |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (Result r : results) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %,.0f | %s | %s | %s | %s | %,d | %s | %s | %s |%n",
              r.scenario(),
              r.clients(),
              r.mode(),
              r.perSecond(),
              ms(r, r.p50()),
              ms(r, r.p95()),
              ms(r, r.p99()),
              ms(r, r.max()),
              r.errors(),
              r.peakRssMb() < 0 ? "n/a" : r.peakRssMb(),
              r.cpu(),
              r.notes().replace("|", "\\|")));
    }
    md.append("\n## Targets (2 cores, load generator on the same machine)\n\n")
        .append("| Target | Figures | Verdict |\n|---|---|---|\n");
    for (Targets.Check c : new Targets(results, options.directory()).checks(peak)) {
      md.append("| ")
          .append(c.target())
          .append(" | ")
          .append(c.figures())
          .append(" | ")
          .append(c.verdict())
          .append(" |\n");
    }
    return md.toString();
  }

  /**
   * Issue 18's warm-up curve: per bucket after {@code /health/ready}, the rate, latencies and CPU
   * per request, and when the rate first reached 90 % of the last minute's.
   */
  String renderCurve(WarmupCurveRun.Outcome outcome, String loadAverage) {
    WarmupCurve curve = outcome.curve();
    StringBuilder md =
        header(
            loadAverage,
            server.peakRssMb(),
            String.format(
                Locale.ROOT,
                "load generator on the same machine; %s: `get-user` at %d clients in a closed loop"
                    + " from `/health/ready`'s first 200, %s; no warm-up, in %d s buckets",
                WarmupCurveRun.NAME,
                Targets.CLIENTS,
                outcome.readiness(),
                WarmupCurveRun.BUCKET_SECONDS));
    md.append(
            "\n| Seconds after ready | req/s | p50 ms | p99 ms | max ms | Errors | CPU ms per request"
                + " (server + PostgreSQL) | CPU % srv/gen/all |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (WarmupCurve.Bucket b : curve.buckets()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.0f-%.0f | %,.0f | %.1f | %.1f | %.1f | %,d | %s | %s |%n",
              b.start(),
              b.end(),
              b.rate(),
              b.p50(),
              b.p99(),
              b.max(),
              b.errors(),
              b.requests() == 0
                  ? "- (" + b.cpuMs() + " ms, none answered)"
                  : String.format(Locale.ROOT, "%.2f", b.cpuPerRequest()),
              b.shares()));
    }
    double warm = curve.warmRate();
    String reached =
        curve
            .firstWarm()
            .map(
                b -> String.format(Locale.ROOT, "in the bucket ending %.0f s after ready", b.end()))
            .orElse("never");
    md.append(
        String.format(
            Locale.ROOT,
            "%nWarm rate (the last minute): %,.0f req/s. 90 %% of it (%,.0f req/s) first reached %s."
                + " Goal (issue 18), under 30 s: %s.%n",
            warm,
            WarmupCurve.WARM_SHARE * warm,
            reached,
            !curve.longEnough()
                ? "not judged, the run is shorter than 120 s (bench.curve.duration)"
                : curve
                    .firstWarm()
                    .map(b -> b.end() <= 30 ? "met" : "**missed**")
                    .orElse("**missed**")));
    if (outcome.firstError() != null) {
      md.append("\nFirst error: ").append(outcome.firstError()).append('\n');
    }
    return md.toString();
  }

  /** The title and the run's facts: date, machine, load, server, rate limit, token, directory. */
  private StringBuilder header(String loadAverage, long peak, String load) {
    StringBuilder md = new StringBuilder();
    md.append("# Roster benchmark results\n\n")
        .append("Written by `mvn -Pbench` (src/bench); see the README's Benchmark section.\n\n")
        .append("| | |\n|---|---|\n")
        .append(
            row(
                "Date",
                ZonedDateTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))))
        .append(row("Machine", Machine.describe()))
        .append(
            row(
                "Load average at start",
                loadAverage + " (other work on the machine skews figures)"))
        .append(row("Server", serverLine(peak)))
        .append(row("Rate limit", rateLimit()))
        .append(
            row(
                "Authentication",
                options.token() == null
                    ? "none sent (ROSTER_TOKEN unset)"
                    : "Bearer token from ROSTER_TOKEN"))
        .append(
            row(
                "Directory",
                String.format(
                    Locale.ROOT,
                    "%,d users (name, 2 emails, enterprise extension), %,d groups, one of %,d members and one of %,d",
                    options.directory().users(),
                    options.directory().groups(),
                    Directory.LARGE_GROUP_SIZE,
                    Directory.SMALL_GROUP_SIZE)))
        .append(row("Load", load));
    return md;
  }

  void write(String markdown) throws IOException {
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
  }

  private String serverLine(long peak) {
    if (!server.found()) {
      return "Liberty process not found (server.name "
          + options.serverName()
          + "): RSS not measured";
    }
    return "Open Liberty pid "
        + server.pid()
        + ", heap "
        + server.heapCap()
        + ", peak RSS "
        + peak
        + " MB (VmHWM)";
  }

  /** Read from the server's own environment, so the table says what the run really had. */
  private String rateLimit() {
    String limit = server.environment("ROSTER_SCIM_RATE_LIMIT");
    if (limit == null) {
      return server.found()
          ? "ROSTER_SCIM_RATE_LIMIT not set on the server: its default applies"
          : "unknown";
    }
    return "0".equals(limit.trim())
        ? "off (server started with ROSTER_SCIM_RATE_LIMIT=0)"
        : limit + " per token (ROSTER_SCIM_RATE_LIMIT)";
  }

  private static String ms(Result r, double value) {
    return r.measured() ? String.format(Locale.ROOT, "%.1f", value) : "-";
  }

  private static String row(String name, String value) {
    return "| " + name + " | " + value + " |\n";
  }
}
