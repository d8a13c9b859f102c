package io.roster.api;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser's {@code Origin} (or {@code Referer}) names this server: the forged-request
 * checks of the console's forms and of the admin API's state-changing calls.
 */
public final class Origins {
  private Origins() {}

  /** Compares host and port only: behind a TLS proxy the scheme seen here may differ. */
  public static boolean sameHost(String origin, String host) {
    if (host == null || "null".equals(origin)) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return authority.toLowerCase(Locale.ROOT).equals(withoutDefaultPort(host, uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String withoutDefaultPort(String host, String scheme) {
    String h = host.toLowerCase(Locale.ROOT);
    if (("https".equals(scheme) && h.endsWith(":443"))
        || ("http".equals(scheme) && h.endsWith(":80"))) {
      return h.substring(0, h.lastIndexOf(':'));
    }
    return h;
  }
}
