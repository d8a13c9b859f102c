package io.roster.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  @Test
  void theHeaderCarriesTheTimeAndOneHmacPerSecret() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the well-known vector.
    assertEquals(
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        Signatures.hmacHex("key", "The quick brown fox jumps over the lazy dog"));
    String header = Signatures.header(1700000000, "{}", List.of("new", "old"));
    assertEquals(
        "t=1700000000,v1="
            + Signatures.hmacHex("new", "1700000000.{}")
            + ",v1="
            + Signatures.hmacHex("old", "1700000000.{}"),
        header);
  }

  @Test
  void backOffGrowsWithJitterAndStopsAtAnHour() {
    for (int attempt = 1; attempt < 40; attempt++) {
      long full = Math.min(3600, 1L << Math.min(attempt - 1, 12));
      long delay = WebhookSender.backoffSeconds(attempt);
      assertTrue(delay >= Math.max(1, full / 2) && delay <= full, attempt + ": " + delay);
    }
  }

  @Test
  void internalAddressesAreRecognised() throws Exception {
    for (String internal :
        List.of(
            "127.0.0.1",
            "10.0.0.1",
            "172.16.0.1",
            "192.168.0.1",
            "169.254.169.254",
            "::1",
            "fd00::1",
            "fe80::1",
            "100.64.0.1",
            "0.0.0.0")) {
      assertTrue(EndpointPolicy.internal(InetAddress.getByName(internal)), internal);
    }
    for (String external : List.of("8.8.8.8", "1.1.1.1", "2606:4700::1111")) {
      assertFalse(EndpointPolicy.internal(InetAddress.getByName(external)), external);
    }
  }
}
