package io.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.bench.SeedPlan.Action;
import org.junit.jupiter.api.Test;

class SeedPlanTest {
  private static final Directory MILLION = new Directory(1_000_000);
  private static final Directory DEFAULT = new Directory(100_000);

  @Test
  void anEmptyDatabaseIsSeededFromTheFirstUser() {
    assertEquals(new SeedPlan(Action.EXTEND, 0, 100_000), SeedPlan.of(0, -1, 0, DEFAULT));
  }

  @Test
  void theWantedSeedIsKept() {
    assertEquals(Action.KEEP, SeedPlan.of(100_000, 99_999, 1_000, DEFAULT).action());
    assertEquals(Action.KEEP, SeedPlan.of(1_000_000, 999_999, 9_982, MILLION).action());
  }

  @Test
  void aSmallerSeedIsExtendedByTheUsersItLacks() {
    assertEquals(
        new SeedPlan(Action.EXTEND, 100_000, 1_000_000),
        SeedPlan.of(100_000, 99_999, 1_000, MILLION));
    assertEquals(
        new SeedPlan(Action.EXTEND, 150_000, 200_000),
        SeedPlan.of(150_000, 149_999, 1_998, new Directory(200_000)));
  }

  @Test
  void aLargerSeedIsCutBack() {
    assertEquals(
        new SeedPlan(Action.SHRINK, 1_000_000, 100_000),
        SeedPlan.of(1_000_000, 999_999, 9_982, DEFAULT));
  }

  @Test
  void aSeedWithGapsOrTheWrongGroupsIsSeededAnew() {
    // A user missing in the middle, a group missing, a group too many, groups without users.
    assertEquals(
        new SeedPlan(Action.RESEED, 0, 100_000), SeedPlan.of(99_999, 99_999, 1_000, DEFAULT));
    assertEquals(Action.RESEED, SeedPlan.of(100_000, 99_999, 999, MILLION).action());
    assertEquals(Action.RESEED, SeedPlan.of(100_000, 99_999, 1_001, DEFAULT).action());
    assertEquals(Action.RESEED, SeedPlan.of(0, -1, 1_000, DEFAULT).action());
  }
}
