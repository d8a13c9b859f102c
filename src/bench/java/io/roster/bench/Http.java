package io.roster.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends requests to one Roster, with its bearer token when one is given. Each client thread keeps
 * its own keep-alive connection ({@link Connection}, plain HTTP/1.1 over a socket): the load
 * generator shares the server's cores, and this costs them about a sixth of what Apache HttpClient
 * did per request. No retries, so every failure counts.
 */
final class Http implements AutoCloseable {
  static final String SCIM_JSON = "application/scim+json";

  /** A request, independent of any client library. */
  record Call(String method, String path, String body) {
    static Call get(String path) {
      return new Call("GET", path, null);
    }

    static Call send(String method, String path, JsonObject body) {
      return new Call(method, path, body.toString());
    }
  }

  /** A response: its status and body bytes. */
  record Answer(int status, byte[] body) {}

  /** The host application's access-scoped token, for {@code /api/access}. */
  private static final String ACCESS_TOKEN = System.getenv("ROSTER_ACCESS_TOKEN");

  private final String host;
  private final int port;
  private final String scimHeaders;
  private final String apiHeaders;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();

  Http(URI base, String token) {
    if (!"http".equals(base.getScheme()) || (base.getPath() != null && !base.getPath().isEmpty())) {
      throw new IllegalArgumentException("bench.url must be http://host:port, got " + base);
    }
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
    String hostHeader = "Host: " + host + ":" + port + "\r\n";
    this.scimHeaders = hostHeader + "Accept: " + SCIM_JSON + "\r\n" + bearer(token);
    this.apiHeaders = hostHeader + "Accept: application/json\r\n" + bearer(ACCESS_TOKEN);
  }

  private static String bearer(String token) {
    return token == null ? "" : "Authorization: Bearer " + token + "\r\n";
  }

  Answer exchange(Call call) throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append(call.method()).append(' ').append(call.path()).append(" HTTP/1.1\r\n");
    head.append(call.path().startsWith("/api/") ? apiHeaders : scimHeaders);
    byte[] body = call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("Content-Type: ")
          .append(SCIM_JSON)
          .append("; charset=UTF-8\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    Connection connection = connections.get();
    if (connection == null || !connection.reusable()) {
      if (connection != null) {
        connection.close();
      }
      connection = new Connection(host, port);
      connections.set(connection);
    }
    try {
      return connection.exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** A query parameter value, with spaces as %20: a '+' is a literal plus to some servers. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Closes the calling thread's connection: a client thread calls it when it is done. */
  void release() {
    Connection connection = connections.get();
    if (connection != null) {
      connection.close();
      connections.remove();
    }
  }

  @Override
  public void close() {
    release();
  }
}
