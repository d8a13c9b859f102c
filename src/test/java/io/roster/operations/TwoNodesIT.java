package io.roster.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Roster nodes on one PostgreSQL, as behind a load balancer: the Arquillian server and the
 * runnable server started beside it on the tests' database. What one node changes holds on the
 * other at its next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoNodesIT {
  static final String ONE = AdminApi.BASE;
  static RunnableNode two;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @BeforeAll
  static void startSecondNode() throws Exception {
    two = new RunnableNode("second", Integer.getInteger("roster.test.db.port", 55433)).start();
  }

  @AfterAll
  static void stopSecondNode() throws Exception {
    if (two != null) {
      two.close();
    }
  }

  static HttpResponse<String> adminAt(String base, String method, String path, String json) {
    return AdminApi.sendTo(base, AdminApi.USER, AdminApi.PASSWORD, method, path, json);
  }

  static ScimClient scimAt(String base, String token) {
    return new ScimClient(base + "/scim", Map.of("Authorization", "Bearer " + token));
  }

  /**
   * The call's first answer with {@code status}, or its last within a second: a node learns of a
   * revocation or switch made on another through PostgreSQL's notification, within milliseconds
   * unless the machine is starved, and promises a second.
   */
  static ScimClient.Response withinASecond(Supplier<ScimClient.Response> call, int status) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    ScimClient.Response response = call.get();
    while (response.status() != status && System.nanoTime() < end) {
      response = call.get();
    }
    return response;
  }

  @Test
  void theRunnableServerServesScim() {
    assertEquals("UP", Http.json(two.get("/health/ready")).getString("status"));
    assertEquals(200, two.scim().get("/ServiceProviderConfig").status());
  }

  /** The runnable server's defaults are production's: no OpenAPI, so no OpenAPI UI either. */
  @Test
  void theRunnableServerServesNoOpenApiUiByDefault() {
    assertEquals(404, two.get("/openapi/ui/").statusCode());
    assertEquals(404, two.get("/openapi").statusCode());
    assertEquals(
        200,
        Http.send(HttpRequest.newBuilder(URI.create(ONE + "/openapi/ui/")), "GET", null, null)
            .statusCode(),
        "on where ROSTER_OPENAPI=on (the test server)");
  }

  /**
   * Without ROSTER_TLS_KEYSTORE, HTTPS_PORT answers with the self-signed certificate Liberty made.
   */
  @Test
  void theRunnableServerAnswersHttpsWithASelfSignedCertificateByDefault() throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new AnyCertificate()}, null);
    try (SSLSocket socket =
        (SSLSocket)
            trustAll.getSocketFactory().createSocket("localhost", RunnableNode.HTTPS_PORT)) {
      socket.startHandshake();
      X509Certificate served = (X509Certificate) socket.getSession().getPeerCertificates()[0];
      assertEquals(served.getSubjectX500Principal(), served.getIssuerX500Principal());
      socket
          .getOutputStream()
          .write(
              "GET /console/login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
      assertTrue(answer.contains("Strict-Transport-Security: max-age=31536000"), "HSTS over HTTPS");
    }
  }

  /** Only for looking at a self-signed certificate: trusts any. */
  private static final class AnyCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  /** A token made through node one, as {@code {"id", "token", ...}}. */
  static JsonObject tokenFromOne(String name) {
    HttpResponse<String> created =
        adminAt(ONE, "POST", "/api/admin/scim/tokens", "{\"name\": \"" + name + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  static void revokeThroughOne(JsonObject token) {
    HttpResponse<String> revoked =
        adminAt(ONE, "DELETE", "/api/admin/scim/tokens/" + token.getString("id"), null);
    assertEquals(204, revoked.statusCode(), revoked.body());
  }

  @Test
  void aTokenRevokedThroughOneIsRefusedByTheOther() {
    JsonObject token = tokenFromOne("two nodes");
    ScimClient atTwo = scimAt(two.base(), token.getString("token"));
    assertEquals(200, atTwo.get("/ServiceProviderConfig").status());

    revokeThroughOne(token);
    assertEquals(401, withinASecond(() -> atTwo.get("/ServiceProviderConfig"), 401).status());
  }

  /**
   * Each node answers a known token from memory, told of a revocation by PostgreSQL; with its
   * listening connection killed it must read PostgreSQL again, not trust what it remembers.
   */
  @Test
  void aTokenRevokedWhileTheNodesListenersAreDownIsRefusedByTheOther() throws Exception {
    JsonObject token = tokenFromOne("listeners down");
    ScimClient atTwo = scimAt(two.base(), token.getString("token"));
    assertEquals(200, atTwo.get("/ServiceProviderConfig").status());
    assertEquals(200, atTwo.get("/ServiceProviderConfig").status());

    try (Connection db = TestDatabase.connect();
        Statement s = db.createStatement();
        ResultSet killed =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'roster-access-listener'")) {
      killed.next();
      assertEquals(2, killed.getInt(1), "one listening connection per node");
    }
    revokeThroughOne(token);
    assertEquals(401, atTwo.get("/ServiceProviderConfig").status(), "no answer from memory");
  }

  @Test
  void theScimSwitchHoldsOnBothNodes() {
    String token = two.newToken();
    ScimClient atOne = scimAt(ONE, token);
    ScimClient atTwo = scimAt(two.base(), token);
    assertEquals(200, atTwo.get("/ServiceProviderConfig").status());
    try {
      assertEquals(
          200, adminAt(ONE, "PUT", "/api/admin/scim", "{\"enabled\": false}").statusCode());
      ScimClient.Response refused = withinASecond(() -> atTwo.get("/ServiceProviderConfig"), 401);
      assertEquals(401, refused.status());
      assertTrue(refused.json().getString("detail").contains("disabled"), refused.toString());
    } finally {
      adminAt(two.base(), "PUT", "/api/admin/scim", "{\"enabled\": true}");
    }
    assertEquals(200, atOne.get("/ServiceProviderConfig").status());
  }

  @Test
  void aConsoleCookieOfOneWorksOnTheOtherAndSigningOutEndsItOnBoth() {
    ConsoleClient browser = new ConsoleClient();
    assertTrue(browser.signIn(ONE, AdminApi.USER, AdminApi.PASSWORD));
    assertTrue(browser.signedIn(ONE));
    assertTrue(browser.signedIn(two.base()));

    browser.signOut(two.base());
    assertFalse(browser.signedIn(ONE));
    assertFalse(browser.signedIn(two.base()));
  }

  @Test
  void aUserCreatedThroughOneCountsAtOnceInTheOthersTotal() {
    String token = two.newToken();
    ScimClient atOne = scimAt(ONE, token);
    ScimClient atTwo = scimAt(two.base(), token);
    int before = atTwo.get("/Users?count=1").json().getInt("totalResults");
    for (int i = 0; i < 3; i++) {
      ScimClient.Response created =
          atOne.post("/Users", "{\"userName\":\"total-" + UUID.randomUUID() + "@example.com\"}");
      assertEquals(201, created.status(), created.toString());
    }
    assertEquals(before + 3, atTwo.get("/Users?count=1").json().getInt("totalResults"));
    assertEquals(before + 3, atOne.get("/Users?count=1").json().getInt("totalResults"));
  }

  @Test
  void concurrentMemberChangesThroughBothNodesLoseNoMember() throws Exception {
    String token = two.newToken();
    List<ScimClient> nodes = List.of(scimAt(ONE, token), scimAt(two.base(), token));
    String run = UUID.randomUUID().toString().substring(0, 8);
    ScimClient.Response group =
        nodes
            .get(0)
            .post(
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"two-nodes-"
                    + run
                    + "\"}");
    assertEquals(201, group.status(), group.toString());
    String groupId = group.json().getString("id");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ScimClient.Response user =
          nodes
              .get(i % 2)
              .post(
                  "/Users",
                  "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                      + "\"userName\":\"member-"
                      + run
                      + "-"
                      + i
                      + "\"}");
      assertEquals(201, user.status(), user.toString());
      users.add(user.json().getString("id"));
    }

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        ScimClient node = nodes.get(i % 2);
        String member = users.get(i);
        done.add(
            pool.submit(
                () -> {
                  ScimClient.Response added =
                      node.patch(
                          "/Groups/" + groupId,
                          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                              + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
                              + "\"value\":[{\"value\":\""
                              + member
                              + "\"}]}]}");
                  if (added.status() / 100 == 2) {
                    acknowledged.add(member);
                  }
                  return added.status();
                }));
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(users.size(), acknowledged.size(), "every change acknowledged");
    for (ScimClient node : nodes) {
      ScimClient.Response read = node.get("/Groups/" + groupId);
      Set<String> members = new HashSet<>();
      for (JsonValue m : read.json().getJsonArray("members")) {
        members.add(m.asJsonObject().getString("value"));
      }
      assertEquals(acknowledged, members);
    }
  }
}
