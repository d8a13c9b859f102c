package io.roster.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnToTest {
  @ParameterizedTest
  @CsvSource({
    "/console/users.xhtml?q=ann, /console/users.xhtml?q=ann",
    "/console/, /console/",
    "'', /console/",
    "https://evil.example/, /console/",
    "//evil.example/console/, /console/",
    "/console//evil.example, /console/",
    "/console/\\evil, /console/",
    "/api/admin/scim, /console/",
    "/console/login.xhtml, /console/"
  })
  void onlyConsolePagesOfThisServer(String next, String expected) {
    assertEquals(expected, ReturnTo.consolePage("", next));
  }
}
