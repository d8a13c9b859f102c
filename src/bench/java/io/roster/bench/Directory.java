package io.roster.bench;

import java.util.Locale;
import java.util.UUID;

/**
 * The seeded directory's shape. Users {@code 0..LARGE_GROUP_SIZE-1} are in the large group, the
 * first ten also in the small one, every user in one team; the users from {@code LARGE_GROUP_SIZE}
 * on are in neither, so the membership scenarios add and remove them.
 */
final class Directory {
  static final int USERS = 100_000;
  static final int GROUPS = 1_000;
  static final int LARGE_GROUP_SIZE = 50_000;
  static final int SMALL_GROUP_SIZE = 10;
  static final int LARGE_GROUP = 0;
  static final int SMALL_GROUP = 1;
  static final int FIRST_TEAM = 2;
  static final String NEW_USER_DOMAIN = "new." + Person.DOMAIN;

  private Directory() {}

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

  static int teamOf(int user) {
    return FIRST_TEAM + user % (GROUPS - FIRST_TEAM);
  }
}
