package io.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  static final List<AddressRange> PROXIES = AddressRange.parseList("10.0.0.0/8, fd00::/8");

  private static String resolve(String peer, String... forwardedFor) {
    return ClientAddress.resolve(peer, Collections.enumeration(List.of(forwardedFor)), PROXIES);
  }

  @Test
  void theHeaderCountsOnlyFromATrustedProxy() {
    assertEquals("203.0.113.9", resolve("203.0.113.9", "198.51.100.1"));
    assertEquals("198.51.100.1", resolve("10.1.2.3", "198.51.100.1"));
  }

  @Test
  void theNearestUntrustedHopIsTheClient() {
    // The client wrote a fake first hop; the proxies appended what they saw.
    assertEquals("198.51.100.7", resolve("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1"));
    assertEquals("198.51.100.7", resolve("10.0.0.2", "6.6.6.6", "198.51.100.7", "10.0.0.1"));
    assertEquals("10.0.0.5", resolve("10.0.0.2", "10.0.0.5"), "only proxies: the farthest");
    assertEquals("2001:db8::1", resolve("fd00::2", "2001:db8::1"));
    assertEquals("10.0.0.2", resolve("10.0.0.2"), "no header");
  }

  @Test
  void rangesAreAddressLiteralsOnly() {
    assertTrue(AddressRange.anyContains(AddressRange.parseList("192.168.1.7"), "192.168.1.7"));
    assertFalse(AddressRange.anyContains(AddressRange.parseList("192.168.1.7"), "192.168.1.8"));
    assertFalse(AddressRange.anyContains(PROXIES, "localhost"));
    assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("proxy.example.com"));
    assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("10.0.0.0/33"));
  }
}
