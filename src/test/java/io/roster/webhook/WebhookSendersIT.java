package io.roster.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.Database;
import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty: several senders at once (the background one and two more threads, each with its
 * own connections, as nodes would be) deliver each event once per endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookSendersIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war()
        .addClasses(Database.class, Receiver.class, Receiver.Received.class);
  }

  @Inject Webhooks webhooks;
  @Inject WebhookSender sender;

  @Test
  void concurrentSendersDeliverEachEventOncePerEndpoint() throws Exception {
    try (Receiver first = new Receiver();
        Receiver second = new Receiver()) {
      String marker = UUID.randomUUID().toString();
      UUID a = webhooks.create(first.url(), List.of("user.updated")).endpoint().id();
      UUID b = webhooks.create(second.url(), List.of("user.updated")).endpoint().id();
      try {
        Database.update(
            "INSERT INTO event_outbox (type, subject, actor, data) SELECT 'user.updated',"
                + " gen_random_uuid(), '{\"type\":\"system\"}', jsonb_build_object('marker', ?,"
                + " 'n', n) FROM generate_series(1, 500) n",
            marker);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Callable<Integer> drain =
            () -> {
              int sent = 0;
              for (int i = 0; i < 50; i++) {
                sent += sender.cycle();
              }
              return sent;
            };
        List<Future<Integer>> running = threads.invokeAll(List.of(drain, drain));
        for (Future<Integer> f : running) {
          f.get();
        }
        threads.shutdown();
        long deadline = System.currentTimeMillis() + 60_000;
        while ((count(first, marker) < 500 || count(second, marker) < 500)
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(200);
        }
        for (Receiver receiver : List.of(first, second)) {
          Map<Integer, Integer> times = new HashMap<>();
          receiver.received.stream()
              .map(r -> Json.createReader(new StringReader(r.body())).readObject())
              .map(e -> e.getJsonObject("data"))
              .filter(d -> marker.equals(d.getString("marker", "")))
              .forEach(d -> times.merge(d.getInt("n"), 1, Integer::sum));
          assertEquals(500, times.size(), "every event");
          assertEquals(Map.of(), filterRepeats(times), "none twice");
        }
      } finally {
        webhooks.delete(a);
        webhooks.delete(b);
      }
    }
  }

  private static long count(Receiver receiver, String marker) {
    return receiver.received.stream().filter(r -> r.body().contains(marker)).count();
  }

  private static Map<Integer, Integer> filterRepeats(Map<Integer, Integer> times) {
    Map<Integer, Integer> repeats = new HashMap<>();
    times.forEach(
        (n, t) -> {
          if (t > 1) {
            repeats.put(n, t);
          }
        });
    return repeats;
  }
}
