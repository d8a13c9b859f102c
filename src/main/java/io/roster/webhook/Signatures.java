package io.roster.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Roster-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "."
 * + body)>}, with one {@code v1} per active secret (two during a rotation), as Stripe does, so a
 * receiver that knows either secret accepts the delivery.
 */
final class Signatures {
  static final String HEADER = "Roster-Signature";

  private Signatures() {}

  static String header(long unixSeconds, String body, List<String> secrets) {
    StringBuilder header = new StringBuilder("t=").append(unixSeconds);
    for (String secret : secrets) {
      header.append(",v1=").append(hmacHex(secret, unixSeconds + "." + body));
    }
    return header.toString();
  }

  static String hmacHex(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
