package io.roster.scim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimV2AliasTest {
  @ParameterizedTest
  @CsvSource({
    "/Users, false",
    "/Users/123, false",
    "'', false",
    "/, false",
    "/Users/a..b, false",
    "/.., true",
    "/../console/, true",
    "/Users/../../console/settings/sso.xhtml, true",
    "/..\\console, true",
  })
  void refusesPathsThatLeaveScim(String decodedRest, boolean refused) {
    assertEquals(refused, ScimV2Alias.leavesScim(decodedRest));
  }
}
