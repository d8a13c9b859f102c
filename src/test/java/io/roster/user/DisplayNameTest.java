package io.roster.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNameTest {
  @ParameterizedTest(name = "{0}, {1}, {2}, {3} -> {4}")
  @CsvSource(
      nullValues = "null",
      value = {
        "Ann B, Ann Formatted, Ann, Berg, Ann B",
        "null, Ann Formatted, Ann, Berg, Ann Formatted",
        "null, null, Ann, Berg, Ann Berg",
        "null, null, Ann, null, Ann",
        "null, null, null, Berg, Berg",
        "null, null, null, null, null"
      })
  void prefersDisplayNameThenFormattedThenGivenAndFamily(
      String displayName, String formatted, String given, String family, String shown) {
    assertEquals(shown, DisplayName.of(displayName, formatted, given, family));
  }
}
