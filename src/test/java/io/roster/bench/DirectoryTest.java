package io.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryTest {
  @Test
  void theFirst100000UsersKeepTheShapeTheHarnessAlwaysSeeded() {
    Directory directory = new Directory(100_000);
    assertEquals(1_000, directory.groups());
    for (int user : new int[] {0, 1, 997, 998, 50_000, 99_999}) {
      assertEquals(2 + user % 998, Directory.teamOf(user), "user " + user);
    }
  }

  @Test
  void aMillionUsersHaveTeamsOfAbout100AndTheTwoGroups() {
    Directory directory = new Directory(1_000_000);
    assertEquals(2 + 10 * 998, directory.groups());
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int user = 0; user < directory.users(); user++) {
      int team = Directory.teamOf(user);
      assertTrue(team >= Directory.FIRST_TEAM && team < directory.groups(), "team " + team);
      sizes.merge(team, 1, Integer::sum);
    }
    assertEquals(directory.groups() - Directory.FIRST_TEAM, sizes.size());
    assertTrue(sizes.values().stream().allMatch(n -> n >= 100 && n <= 101), sizes.toString());
  }

  @Test
  void aLargerDirectoryOnlyAddsTeams() {
    // Users of a smaller directory stay in their teams, which a larger one also has.
    assertTrue(Directory.teamOf(99_999) < Directory.groupsFor(100_000));
    assertTrue(Directory.teamOf(100_000) >= Directory.groupsFor(100_000));
    assertEquals(Directory.groupsFor(150_000), Directory.groupsFor(200_000));
    // User 199,599 (199,599 % 998 == 997) is in the last team of the second block.
    assertEquals(Directory.groupsFor(200_000) - 1, Directory.teamOf(199_599));
    assertEquals(0, Directory.groupsFor(0));
    assertEquals(1_000, Directory.groupsFor(1));
  }

  @Test
  void fewerUsersThanTheScenariosNeedAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Directory(99_999));
  }
}
