package io.roster.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {
  static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtTheFirstColonSoPasswordsMayContainColons() {
    BasicCredentials c = BasicCredentials.from(basic("ädmin:pa:ss")).orElseThrow();
    assertEquals("ädmin", c.userName());
    assertEquals("pa:ss", c.password());
    assertFalse(c.toString().contains("pa:ss"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer x", "Basic !!!", "Basic bm9jb2xvbg==", "Basic OnB3"})
  void refusesMalformedHeaders(String header) {
    assertTrue(BasicCredentials.from(header).isEmpty());
  }
}
