package io.roster.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Liberty refuses before Roster's code runs, sent over a raw socket (HTTP clients normalise or
 * refuse such URIs): under /scim the SCIM error JSON, not Liberty's HTML page. An encoded control
 * character or a bad percent-escape is refused before Liberty hands the request to the application;
 * Roster's Liberty user feature (usr:scimUriErrors-1.0) answers those. A header over Liberty's
 * 32,768 bytes is refused by its HTTP transport and pinned here as Liberty answers it, so that an
 * upgrade that changes it shows (README, "Exact totals, round trips, container errors, large
 * groups").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContainerErrorsIT {
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void malformedUrisUnderScimGetTheScimError() throws IOException {
    for (String path :
        new String[] {
          "/scim/Users/%2e%2e/%2e%2e/x", "/scim/Users/..%2f..%2fx", "/scim/v2/Users/%2e%2e/%2e%2e"
        }) {
      assertScimError(send(path, ""), 400);
    }
  }

  @Test
  void overLongUrisAndHeadersGetTheScimError() throws IOException {
    assertScimError(send("/scim/Users/" + "a".repeat(9_000), ""), 414);
    assertScimError(send("/scim/Users", "X-Big: " + "a".repeat(9_000) + "\r\n"), 431);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    assertScimError(send("/scim/Users", many.toString()), 431);
  }

  @Test
  void aTwentyKilobyteUriGetsTheScimError() throws IOException {
    assertScimError(send("/scim/Users/" + "a".repeat(20_000), ""), 414);
  }

  /**
   * Refused by Liberty's WebContainer.handleRequest before the application runs, answered by the
   * user feature: whatever the client accepts or sends (Liberty's own answer was HTML, or its own
   * JSON when the client asked for JSON).
   */
  @Test
  void anEncodedControlCharacterOrABadEscapeGetsTheScimError() throws IOException {
    for (String path :
        new String[] {
          "/scim/Users/%00",
          "/scim/Users/a%1Fb",
          "/scim/Users/%zz",
          "/scim/Users/%",
          "/scim/Users/%4",
          "/scim/v2/Groups/%7F",
          "/scim/%0a"
        }) {
      for (String headers :
          new String[] {
            "",
            "Accept: application/scim+json\r\n",
            "Accept: application/scim+json, application/json\r\n",
            "Content-Type: application/scim+json\r\n"
          }) {
        assertScimError(send(path, headers), 400);
      }
    }
  }

  /**
   * The feature answers only those: a well-formed escape under /scim reaches Roster (a 404 for a
   * user that does not exist), and outside /scim Liberty's own answer stays.
   */
  @Test
  void wellFormedEscapesReachRosterAndOtherPathsKeepLibertysAnswer() throws IOException {
    assertScimError(send("/scim/Users/no%20such%C3%A9%7e", ""), 404);

    Answer api = send("/api/admin/%00", "");
    assertEquals(400, api.status(), api.toString());
    assertTrue(api.header("content-type").startsWith("text/html"), api.toString());
    assertTrue(api.body().startsWith("<H1>CWWWC0005I: "), api.toString());
  }

  /** Over Liberty's limitFieldSize (32,768 bytes): an empty 400 from its HTTP transport. */
  @Test
  void aHeaderOverLibertysLimitIsAnEmpty400() throws IOException {
    Answer answer = send("/scim/Users", "X-Big: " + "a".repeat(40_000) + "\r\n");
    assertEquals(400, answer.status(), answer.toString());
    assertEquals("0", answer.header("content-length"), answer.toString());
    assertEquals("", answer.body());
  }

  @Test
  void malformedUrisUnderApiGetTheApiErrorAndTheErrorPageIsNoPage() throws IOException {
    Answer api = send("/api/admin/%2e%2e/%2e%2e/x", "");
    assertEquals(400, api.status(), api.toString());
    assertTrue(api.header("content-type").startsWith("application/json"), api.toString());
    assertEquals(400, json(api).getInt("status"));

    assertEquals(404, send("/errors/refused", "").status());
  }

  private static void assertScimError(Answer answer, int status) {
    assertEquals(status, answer.status(), answer.toString());
    assertTrue(
        answer.header("content-type").startsWith("application/scim+json"), answer.toString());
    JsonObject error = json(answer);
    assertEquals(ERROR, error.getJsonArray("schemas").getString(0));
    assertEquals(String.valueOf(status), error.getString("status"));
    assertTrue(error.getString("detail").length() > 10, answer.toString());
  }

  private static JsonObject json(Answer answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** An answer; {@code raw} is its body as sent, chunked or not. */
  record Answer(int status, Map<String, String> headers, String raw) {
    String header(String name) {
      return headers.getOrDefault(name, "");
    }

    String body() {
      return "chunked".equalsIgnoreCase(header("transfer-encoding")) ? unchunk(raw) : raw;
    }
  }

  /** A GET of {@code path} exactly as written, with the test's token and {@code extraHeaders}. */
  private Answer send(String path, String extraHeaders) throws IOException {
    URI base = URI.create(ScimClient.BASE);
    StringBuilder request =
        new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
    scim.headers().forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    request.append(extraHeaders).append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] head = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(
          head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          head[i].substring(colon + 1).trim());
    }
    return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
