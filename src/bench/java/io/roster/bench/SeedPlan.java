package io.roster.bench;

/**
 * What the seeder does to turn the seed it found into the wanted {@link Directory}. A seed the
 * harness wrote holds the users {@code 0..n-1} and {@code Directory.groupsFor(n)} groups, since
 * each seeding step is one transaction; such a seed is kept, extended by the users and teams it
 * lacks, or cut back to its first users, so that going from 100,000 to 1,000,000 users writes only
 * the 900,000 new ones. Anything else (an interrupted manual edit, a seed of another shape) is
 * deleted and seeded anew.
 */
record SeedPlan(Action action, int from, int to) {
  enum Action {
    /** The seed is the wanted one. */
    KEEP,
    /** Write users {@code from..to-1} and the groups they add (from 0: the whole seed). */
    EXTEND,
    /** Delete users {@code to..from-1} and the teams only they were in. */
    SHRINK,
    /** Delete every seeded user and group, then write users {@code 0..to-1}. */
    RESEED
  }

  /**
   * @param users the seeded users found
   * @param highest the highest seeded user number found (their employee number), -1 when none
   * @param groups the harness's groups found
   */
  static SeedPlan of(long users, long highest, long groups, Directory wanted) {
    int n = wanted.users();
    boolean consistent = highest + 1 == users && groups == Directory.groupsFor(users);
    if (!consistent) {
      return new SeedPlan(Action.RESEED, 0, n);
    }
    int found = Math.toIntExact(users);
    if (found == n) {
      return new SeedPlan(Action.KEEP, n, n);
    }
    return found < n
        ? new SeedPlan(Action.EXTEND, found, n)
        : new SeedPlan(Action.SHRINK, found, n);
  }
}
