package io.roster.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearerTokenTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "'Bearer rst_abc', rst_abc",
        "'bearer rst_abc', rst_abc",
        "'BEARER   rst_abc  ', rst_abc",
        "'non-token', null",
        "'Bearer ', null",
        "'Bearer', null",
        "'Basic YTpi', null",
        "null, null"
      })
  void readsTheTokenOfABearerHeader(String header, String token) {
    assertEquals(Optional.ofNullable(token), BearerToken.from(header));
  }
}
