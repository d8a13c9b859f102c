package io.roster.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 16's check of the bounded password checks: {@code get-user} throughput quiet, then while
 * {@value #ATTACK_RATE} bad HTTP Basic requests a second hit {@code /api} (wrong passwords for the
 * admin and unknown names, half each), alternated {@value #ROUNDS} times back to back so that the
 * rest of the machine's load weighs on both alike. Each bad request claims another address in
 * {@code X-Forwarded-For}: with {@code ROSTER_TRUSTED_PROXIES=127.0.0.1} on the server every one is
 * a new caller, so the per-address throttle never engages and every request costs a password check
 * (the worst case); without it they all come from one address, which that throttle soon refuses.
 * Each attacked row notes its ratio to the quiet row before it, and the last row the median ratio.
 */
final class BadBasicRun {
  static final String NAME = "bad-basic";
  static final int ATTACK_RATE = 50;
  static final int ROUNDS = 3;

  private final LoadRunner runner;
  private final String url;

  BadBasicRun(LoadRunner runner, String url) {
    this.runner = runner;
    this.url = url;
  }

  List<Result> run(Scenario getUser, int clients, long seed) throws InterruptedException {
    List<Result> rows = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Result quiet = runner.run(getUser, clients, 0, seed);
      rows.add(quiet.as(NAME + " get-user", "quiet", quiet.notes()));
      Attack attack = new Attack();
      Result attacked;
      try {
        attacked = runner.run(getUser, clients, 0, seed);
      } finally {
        attack.stop();
      }
      double ratio = quiet.perSecond() == 0 ? 0 : attacked.perSecond() / quiet.perSecond();
      ratios.add(ratio);
      String notes =
          String.format(
              "%.0f %% of the quiet row; attack: %,d sent, answers %s%s",
              100 * ratio,
              attack.sent.get(),
              new TreeMap<>(attack.statuses),
              round == ROUNDS
                  ? String.format("; median of %d rounds %.0f %%", ROUNDS, 100 * median(ratios))
                  : "");
      rows.add(attacked.as(NAME + " get-user", ATTACK_RATE + " bad Basic/s", notes));
    }
    return rows;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** Bad Basic requests at a fixed rate, sent asynchronously so a slow answer delays none. */
  private final class Attack {
    private final HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    final AtomicLong sent = new AtomicLong();
    final Map<Integer, Long> statuses = new ConcurrentHashMap<>();

    Attack() {
      clock.scheduleAtFixedRate(this::send, 0, 1_000_000 / ATTACK_RATE, TimeUnit.MICROSECONDS);
    }

    private void send() {
      long n = sent.incrementAndGet();
      String user = n % 2 == 0 ? "admin" : "nobody-" + n;
      String basic =
          Base64.getEncoder()
              .encodeToString((user + ":wrong-" + n).getBytes(StandardCharsets.UTF_8));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url + "/api/admin/scim"))
              .header("Authorization", "Basic " + basic)
              .header("X-Forwarded-For", "198.18." + (n / 250 % 250) + "." + (n % 250 + 1))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build();
      client
          .sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (answer, failure) ->
                  statuses.merge(answer == null ? -1 : answer.statusCode(), 1L, Long::sum));
    }

    void stop() throws InterruptedException {
      clock.shutdownNow();
      clock.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
