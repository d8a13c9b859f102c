package io.roster.operations;

import io.roster.testing.ScimClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates SCIM users from a few threads until stopped, and remembers what the server answered: the
 * user names it acknowledged (2xx) must survive whatever happened meanwhile.
 */
final class WriteLoad {
  private final ScimClient scim;
  private final String prefix;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  final Map<Integer, ScimClient.Response> samples = new ConcurrentHashMap<>();
  final AtomicLong noAnswer = new AtomicLong();

  /** The longest wait for an answer other than 2xx: an outage must be reported promptly. */
  final AtomicLong slowestRefusalMillis = new AtomicLong();

  private WriteLoad(ScimClient scim, String prefix) {
    this.scim = scim;
    this.prefix = prefix;
  }

  static WriteLoad start(ScimClient scim, String prefix, int clients) {
    WriteLoad load = new WriteLoad(scim, prefix);
    for (int t = 0; t < clients; t++) {
      int client = t;
      Thread thread = new Thread(() -> load.run(client), prefix + "-load-" + t);
      load.threads.add(thread);
      thread.start();
    }
    return load;
  }

  private void run(int client) {
    for (int i = 0; running.get(); i++) {
      String userName = prefix + "-" + client + "-" + i;
      long started = System.nanoTime();
      try {
        ScimClient.Response response =
            scim.post(
                "/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\""
                    + userName
                    + "\"}");
        statuses.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
        samples.putIfAbsent(response.status(), response);
        if (response.status() / 100 == 2) {
          acknowledged.add(userName);
        } else {
          slowestRefusalMillis.accumulateAndGet(
              (System.nanoTime() - started) / 1_000_000, Math::max);
        }
      } catch (IllegalStateException e) {
        noAnswer.incrementAndGet();
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  long count(int status) {
    AtomicLong n = statuses.get(status);
    return n == null ? 0 : n.get();
  }

  WriteLoad stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    return this;
  }
}
