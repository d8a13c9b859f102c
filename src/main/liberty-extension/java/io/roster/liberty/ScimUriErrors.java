package io.roster.liberty;

import com.ibm.wsspi.http.HttpContainer;
import com.ibm.wsspi.http.HttpInboundConnection;
import com.ibm.wsspi.http.HttpOutputStream;
import com.ibm.wsspi.http.HttpResponse;
import com.ibm.wsspi.http.VirtualHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The SCIM error JSON (RFC 7644 §3.12) for the request URIs under {@code /scim} that Liberty's web
 * container refuses before any application runs, where it would answer its own HTML 400: a {@code
 * %} not followed by two hexadecimal digits, or an encoded control character ({@code %00}-{@code
 * %1F}, {@code %7F}). Every other request is left to the web container.
 *
 * <p>Liberty's HTTP dispatcher asks the containers added to a virtual host in the order they were
 * first added, and the first to return a handler answers ({@code VirtualHostImpl.discriminate}).
 * This one is added when Liberty registers the virtual host, as its endpoint starts listening; the
 * web container adds itself with its first web module, after that. The README ("What the container
 * refuses") has the details and {@code ContainerErrorsIT} checks the order holds.
 */
public class ScimUriErrors implements HttpContainer {
  static final String ROOT = "/scim";

  private static final byte[] BODY =
      ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\","
              + "\"detail\":\"The request was refused before it reached Roster: its URI is"
              + " malformed (a '%' not followed by two hexadecimal digits, or an encoded control"
              + " character)\"}")
          .getBytes(StandardCharsets.UTF_8);

  protected void addTo(VirtualHost host) {
    host.addContextRoot(ROOT, this);
  }

  protected void removeFrom(VirtualHost host) {
    host.removeContextRoot(ROOT, this);
  }

  @Override
  public Runnable createRunnableHandler(HttpInboundConnection connection) {
    String uri = connection.getRequest().getURI();
    if (!(uri.equals(ROOT) || uri.startsWith(ROOT + "/")) || !refusedByLiberty(uri)) {
      return null;
    }
    return () -> answer(connection);
  }

  /**
   * What Liberty refuses in a path still encoded as sent: {@code WSURLDecoder.decode} fails on a
   * bad escape, {@code RequestUtils.canonicalizeURI} on a decoded character below 0x20 or 0x7F.
   */
  static boolean refusedByLiberty(String uri) {
    for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 3)) {
      if (i + 2 >= uri.length()) {
        return true;
      }
      int high = hex(uri.charAt(i + 1));
      int low = hex(uri.charAt(i + 2));
      if (high < 0 || low < 0) {
        return true;
      }
      int decoded = high * 16 + low;
      if (decoded < 0x20 || decoded == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = Character.toLowerCase(c);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  private static void answer(HttpInboundConnection connection) {
    Exception failure = null;
    try {
      HttpResponse response = connection.getResponse();
      response.setStatus(400);
      response.setReason("Bad Request");
      response.setHeader("Content-Type", "application/scim+json");
      response.setContentLength(BODY.length);
      try (HttpOutputStream body = response.getBody()) {
        body.write(BODY);
      }
    } catch (IOException e) {
      failure = e;
    }
    connection.finish(failure);
  }
}
