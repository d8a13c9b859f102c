package io.roster.bench;

import java.util.UUID;

/**
 * The ids an import has seen, as pairs of longs in one open-addressing table: 32 to 64 bytes a
 * user, where a {@code HashSet<String>} of a million ids would hold about 150 MB in the load
 * generator, which shares the machine with the server it measures.
 */
final class IdSet {
  private long[] table = new long[2 * 1024];
  private int size;

  /** Whether a zero UUID was added: the table marks its empty slots with zero. */
  private boolean zero;

  /** Adds {@code id}; false when it was there already. */
  boolean add(UUID id) {
    long high = id.getMostSignificantBits();
    long low = id.getLeastSignificantBits();
    if (high == 0 && low == 0) {
      boolean added = !zero;
      zero = true;
      size += added ? 1 : 0;
      return added;
    }
    if (2 * (size + 1) > table.length / 2) {
      grow();
    }
    if (!insert(table, high, low)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** Linear probing from the id's hash; false when the id is in the table. */
  private static boolean insert(long[] table, long high, long low) {
    int mask = table.length / 2 - 1;
    for (int slot = hash(high, low) & mask; ; slot = (slot + 1) & mask) {
      long h = table[2 * slot];
      long l = table[2 * slot + 1];
      if (h == 0 && l == 0) {
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        return true;
      }
      if (h == high && l == low) {
        return false;
      }
    }
  }

  /** Doubles the slots, keeping the table at most half full. */
  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != 0 || table[i + 1] != 0) {
        insert(bigger, table[i], table[i + 1]);
      }
    }
    table = bigger;
  }

  private static int hash(long high, long low) {
    long x = (high ^ Long.rotateLeft(low, 32)) * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32));
  }
}
