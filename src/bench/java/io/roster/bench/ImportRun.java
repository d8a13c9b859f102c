package io.roster.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Okta's import: {@code GET /Users?startIndex=1&count=100}, then 101, 201... until totalResults,
 * one page at a time. Also checks that the order is stable: every user seen exactly once.
 */
final class ImportRun {
  static final String NAME = "okta-import";
  private static final int COUNT = 100;

  private final Http http;
  private final ServerProcess server;

  ImportRun(Http http, ServerProcess server) {
    this.http = http;
    this.server = server;
  }

  Result run() {
    Recording r = new Recording();
    Set<String> seen = new HashSet<>();
    CpuSample cpu = CpuSample.take(server.pid());
    long start = System.nanoTime();
    long total = 1;
    for (long index = 1; index <= total; index += COUNT) {
      Http.Call call = Http.Call.get("/scim/Users?startIndex=" + index + "&count=" + COUNT);
      long sent = System.nanoTime();
      try {
        Http.Answer answer = http.exchange(call);
        if (answer.status() != 200) {
          r.error(LoadRunner.describe(call, answer));
          break;
        }
        r.success(System.nanoTime() - sent);
        JsonObject page = parse(answer.body());
        total = page.getJsonNumber("totalResults").longValue();
        for (JsonValue user : page.getJsonArray("Resources")) {
          if (!seen.add(user.asJsonObject().getString("id"))) {
            r.error("user seen twice: " + user.asJsonObject().getString("id"));
          }
        }
      } catch (Exception e) {
        r.error(call.path() + ": " + e);
        break;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (seen.size() != total) {
      r.error("saw " + seen.size() + " users of " + total);
    }
    String notes =
        String.format(
            "%,d users in %,d pages, total wall time %.1f s",
            seen.size(), r.latencies.getTotalCount(), seconds);
    if (r.firstError != null) {
      notes += "; first error: " + r.firstError;
    }
    String cpuUse = CpuSample.take(server.pid()).since(cpu);
    return Result.of(NAME, 1, "sequential", r, seconds, server.peakRssMb(), cpuUse, notes);
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = UserJson.JSON.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    }
  }
}
