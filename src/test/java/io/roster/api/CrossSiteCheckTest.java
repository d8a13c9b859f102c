package io.roster.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteCheckTest {
  @ParameterizedTest
  @CsvSource({
    "POST, cross-site, , false",
    "PUT, same-site, , false",
    "DELETE, same-origin, https://evil.example, true",
    "POST, none, , true",
    "POST, , https://evil.example, false",
    "POST, , https://roster.example.com, true",
    "POST, , null, false",
    "PATCH, , , true",
    "GET, cross-site, https://evil.example, true",
    "HEAD, cross-site, , true"
  })
  void stateChangingCallsFromAnotherSiteAreRefused(
      String method, String fetchSite, String origin, boolean allowed) {
    assertEquals(
        allowed, !CrossSiteCheck.crossSite(method, fetchSite, origin, "roster.example.com"));
  }
}
