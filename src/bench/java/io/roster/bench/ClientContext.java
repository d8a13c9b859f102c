package io.roster.bench;

import java.util.SplittableRandom;

/**
 * One simulated client: its number, a private random source, and how many requests it has sent,
 * kept across warm-up and measurement so that pairs (add, then remove) never restart midway.
 */
final class ClientContext {
  final int index;
  final int clients;
  final SplittableRandom random;
  private final int users;
  long iteration;

  /**
   * When the current request was due (fixed rate) or sent (closed loop), in {@link
   * System#nanoTime}: what a latency measured beyond the answer, such as a webhook's arrival,
   * counts from.
   */
  long intended;

  ClientContext(int index, int clients, long seed, int users) {
    this.index = index;
    this.clients = clients;
    this.users = users;
    this.random = new SplittableRandom(seed * 1_000_003 + index);
  }

  /** A user index in [from, to) that no other client of this run ever gets. */
  int ownUser(int from, int to, long n) {
    int share = (to - from) / clients;
    return from + index + clients * (int) (n % share);
  }

  int randomUser() {
    return random.nextInt(users);
  }
}
