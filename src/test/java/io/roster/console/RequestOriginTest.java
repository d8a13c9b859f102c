package io.roster.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.api.Origins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestOriginTest {
  @ParameterizedTest
  @CsvSource({
    "http://localhost:9080, localhost:9080, true",
    "https://roster.example.com, roster.example.com, true",
    "https://roster.example.com, roster.example.com:443, true",
    "https://Roster.Example.com/console/x.xhtml, roster.example.com, true",
    "https://evil.example, roster.example.com, false",
    "https://roster.example.com.evil.example, roster.example.com, false",
    "http://localhost:9081, localhost:9080, false",
    "null, localhost:9080, false",
    "not a url, localhost:9080, false"
  })
  void sameHostOnly(String origin, String host, boolean same) {
    assertEquals(same, Origins.sameHost(origin, host));
  }
}
