package io.roster.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupDirectoryTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Admins         | %Admins%",
        "\"  Ops  \"    | %Ops%",
        "100%           | %100\\%%",
        "a_b            | %a\\_b%",
        "C:\\temp       | %C:\\\\temp%",
        "%_\\           | %\\%\\_\\\\%",
      })
  void aSearchMatchesNamesContainingItsTextWithWildcardsTakenLiterally(String text, String like) {
    assertEquals(like, GroupDirectory.containing(text));
  }
}
