package io.roster.bench;

import java.util.Locale;
import java.util.UUID;

/**
 * The seeded directory's shape for {@code users} users ({@code bench.users}). Users {@code
 * 0..LARGE_GROUP_SIZE-1} are in the large group, the first ten also in the small one; the users
 * from {@code LARGE_GROUP_SIZE} on are in neither, so the membership scenarios add and remove them.
 * Every user is in one team of about 100: each block of {@value #BLOCK} users has {@value
 * #TEAMS_PER_BLOCK} teams of its own, so the first 100,000 users keep the shape the harness always
 * seeded, a team keeps its size at any directory size, and a larger directory only adds users and
 * teams to a smaller one (the seeder extends a seed without moving anyone).
 */
record Directory(int users) {
  static final int BLOCK = 100_000;
  static final int TEAMS_PER_BLOCK = 998;

  /** The scenarios' fixed points (the deep page at 90,001, the large group) need this many. */
  static final int MIN_USERS = BLOCK;

  static final int LARGE_GROUP_SIZE = 50_000;
  static final int SMALL_GROUP_SIZE = 10;
  static final int LARGE_GROUP = 0;
  static final int SMALL_GROUP = 1;
  static final int FIRST_TEAM = 2;
  static final String NEW_USER_DOMAIN = "new." + Person.DOMAIN;

  Directory {
    if (users < MIN_USERS) {
      throw new IllegalArgumentException(
          "bench.users must be at least " + MIN_USERS + ", got " + users);
    }
  }

  int groups() {
    return groupsFor(users);
  }

  /** The groups of a directory of {@code users} users: none when empty, else two and the teams. */
  static int groupsFor(long users) {
    if (users <= 0) {
      return 0;
    }
    long blocks = (users + BLOCK - 1) / BLOCK;
    return Math.toIntExact(FIRST_TEAM + blocks * TEAMS_PER_BLOCK);
  }

  static int teamOf(int user) {
    return FIRST_TEAM + (user / BLOCK) * TEAMS_PER_BLOCK + user % TEAMS_PER_BLOCK;
  }

  static UUID groupId(int group) {
    return Person.uuid("group-" + group);
  }

  static String groupName(int group) {
    return switch (group) {
      case LARGE_GROUP -> "Bench All Staff";
      case SMALL_GROUP -> "Bench Admins";
      default -> String.format(Locale.ROOT, "Bench Team %04d", group);
    };
  }
}
