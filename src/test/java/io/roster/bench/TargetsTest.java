package io.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {
  private static Result row(String scenario, String mode, double seconds, double p99) {
    return new Result(
        scenario, 16, mode, 1_000, seconds, 1, 2, p99, p99, 0, 500, "", "notes of " + scenario);
  }

  @Test
  void aMillionUsersAreCheckedAtTheIssuesFixedRateAndImportTime() {
    Directory million = new Directory(1_000_000);
    assertEquals(Map.of("filter-username", 1000.0), Targets.rates(million));
    List<Targets.Check> checks =
        new Targets(
                List.of(
                    row("filter-username", "1,000/s", 10, 9.9),
                    new Result(
                        ImportRun.INDEX, 1, "sequential", 10_000, 181, 1, 2, 3, 4, 0, 500, "", ""),
                    new Result(
                        ImportRun.CURSOR, 1, "sequential", 5_000, 90, 1, 2, 3, 4, 0, 500, "", "")),
                million)
            .checks(900);
    assertEquals(
        List.of("met", "**missed**", "met", "met", "met"),
        checks.stream().map(Targets.Check::verdict).toList());
    assertEquals(
        "userName filter at 1,000 req/s (16 clients): p99 < 10 ms", checks.get(0).target());
  }

  @Test
  void anImportOfAnotherSizeHasNoVerdict() {
    List<Targets.Check> checks =
        new Targets(
                List.of(
                    new Result(
                        ImportRun.INDEX, 1, "sequential", 2_000, 20, 1, 2, 3, 4, 0, 500, "", "")),
                new Directory(200_000))
            .checks(-1);
    Targets.Check check = checks.get(5);
    assertEquals("Full import of 200,000 users (`okta-import`)", check.target());
    assertEquals("no target at this size", check.verdict());
  }

  @Test
  void theDefaultDirectoryKeepsItsTargets() {
    Directory directory = new Directory(100_000);
    assertEquals(2000.0, Targets.rates(directory).get("get-user"));
    List<Targets.Check> checks = new Targets(List.of(), directory).checks(-1);
    assertEquals(
        "`GET /Users/{id}`: ≥ 2,000 req/s at 16 clients, p99 < 25 ms", checks.get(0).target());
    assertEquals("Full import of 100,000 users (`okta-import`): < 30 s", checks.get(5).target());
  }
}
