package io.roster.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * A full import of the users, one page at a time, as an identity provider reads them: Okta's index
 * paging ({@code GET /Users?startIndex=1&count=100}, then 101, 201... until totalResults), or RFC
 * 9865 cursors ({@code cursor=}, then each page's nextCursor until a page has none). Also checks
 * that the order is stable: every user seen exactly once, as many as the first page's total.
 */
final class ImportRun {
  static final String INDEX = "okta-import";
  static final String CURSOR = "import-cursor";

  private final Http http;
  private final ServerProcess server;
  private final ServerCpu serverCpu;
  private final int count;

  /** Pages of {@code count} users ({@code bench.import.count}; Okta asks for 100). */
  ImportRun(Http http, ServerProcess server, ServerCpu serverCpu, int count) {
    this.http = http;
    this.server = server;
    this.serverCpu = serverCpu;
    this.count = count;
  }

  Result run(String name) {
    boolean byCursor = name.equals(CURSOR);
    Recording r = new Recording();
    IdSet seen = new IdSet();
    CpuSample cpu = CpuSample.take(server.pid());
    long cpuBefore = serverCpu.millis();
    long start = System.nanoTime();
    long total = -1;
    long index = 1;
    String cursor = "";
    while (byCursor ? cursor != null : total < 0 || index <= total) {
      Http.Call call =
          Http.Call.get(
              "/scim/Users?count="
                  + count
                  + (byCursor ? "&cursor=" + Http.query(cursor) : "&startIndex=" + index));
      long sent = System.nanoTime();
      try {
        Http.Answer answer = http.exchange(call);
        if (answer.status() != 200) {
          r.error(LoadRunner.describe(call, answer));
          break;
        }
        r.success(System.nanoTime() - sent);
        JsonObject page = parse(answer.body());
        total = total < 0 ? page.getJsonNumber("totalResults").longValue() : total;
        for (JsonValue user : page.getJsonArray("Resources")) {
          String id = user.asJsonObject().getString("id");
          if (!seen.add(UUID.fromString(id))) {
            r.error("user seen twice: " + id);
          }
        }
        index += count;
        cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
      } catch (Exception e) {
        r.error(call.path() + ": " + e);
        break;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuMs = serverCpu.millis() - cpuBefore;
    if (seen.size() != total) {
      r.error("saw " + seen.size() + " users of " + total);
    }
    String notes =
        String.format(
            "%,d users in %,d pages of %d, total wall time %.1f s; CPU %.1f ms a page (%s)",
            seen.size(),
            r.latencies.getTotalCount(),
            count,
            seconds,
            (double) cpuMs / Math.max(1, r.latencies.getTotalCount()),
            serverCpu.counted());
    if (r.firstError != null) {
      notes += "; first error: " + r.firstError;
    }
    String cpuUse = CpuSample.take(server.pid()).since(cpu);
    return Result.of(name, 1, "sequential", r, seconds, server.peakRssMb(), cpuUse, notes);
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = UserJson.JSON.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    }
  }
}
