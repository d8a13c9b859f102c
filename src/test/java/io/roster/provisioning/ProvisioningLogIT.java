package io.roster.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApi;
import io.roster.testing.Http;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimTestClient;
import io.roster.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every SCIM request an identity provider makes is kept, searchable, and never slows it down. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningLogIT {
  static final String LOG = "/api/admin/provisioning-log";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static String user(String userName) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\",\"name\":{\"givenName\":\"Ada\"},\"active\":true}";
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The log's page for the query, once it holds an entry matching {@code until} (10 s at most). */
  static JsonObject waitFor(String query, Predicate<JsonObject> until) throws InterruptedException {
    JsonObject page = null;
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> answer = AdminApi.get(LOG + "?" + query);
      assertEquals(200, answer.statusCode(), answer.body());
      page = Http.json(answer);
      if (page.getJsonArray("entries").stream().map(JsonObject.class::cast).anyMatch(until)) {
        return page;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not logged within 10 s: " + query + " -> " + page);
  }

  static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (AdminApi.USER + ":" + AdminApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aFailedRequestIsLoggedWithItsErrorGroup() throws InterruptedException {
    ScimTestClient scim = ScimTestClient.create();
    String userName = unique("dup");
    assertEquals(201, scim.post("/scim/Users", user(userName)).statusCode());
    assertEquals(409, scim.post("/scim/Users", user(userName)).statusCode());
    assertEquals(404, scim.get("/scim/Users/" + UUID.randomUUID()).statusCode());
    assertEquals(404, scim.get("/scim/Users/" + UUID.randomUUID()).statusCode());

    JsonObject page =
        waitFor("token=" + scim.tokenId() + "&status=409", e -> e.getInt("status") == 409);
    JsonObject conflict = page.getJsonArray("entries").getJsonObject(0);
    assertEquals("POST", conflict.getString("method"));
    assertEquals("/scim/Users", conflict.getString("path"));
    assertEquals("User", conflict.getString("resourceType"));
    assertEquals("uniqueness", conflict.getString("scimType"));
    assertEquals(userName, conflict.getString("resourceName"), "the name the request gave");
    assertTrue(conflict.getString("detail").contains(userName), conflict.toString());
    assertEquals("integration test", conflict.getJsonObject("actor").getString("name"));
    assertEquals("token", conflict.getJsonObject("actor").getString("type"));
    assertTrue(conflict.getString("attributes").contains("userName"), conflict.toString());
    assertTrue(conflict.getString("attributes").contains("name"), conflict.toString());
    assertTrue(conflict.getInt("bytesIn") > 50, conflict.toString());
    assertTrue(conflict.getInt("bytesOut") > 50, conflict.toString());

    waitFor("token=" + scim.tokenId() + "&status=404", e -> true);
    JsonArray groups = Http.jsonArray(AdminApi.get(LOG + "/errors?token=" + scim.tokenId()));
    JsonObject notFound =
        groups.stream()
            .map(JsonObject.class::cast)
            .filter(g -> g.getInt("status") == 404)
            .findFirst()
            .orElseThrow(() -> new AssertionError(groups.toString()));
    assertEquals("User {id} not found", notFound.getString("shape"));
    assertEquals(2, notFound.getInt("count"), "two ids, one group");
    assertEquals(404, notFound.getJsonObject("example").getInt("status"));
    assertNotNull(notFound.getString("firstSeen"));
  }

  @Test
  void filtersPagesAndCsv() throws InterruptedException {
    ScimTestClient scim = ScimTestClient.create();
    String userName = unique("=filtered");
    HttpResponse<String> created = scim.post("/scim/Users", user(userName));
    assertEquals(201, created.statusCode(), created.body());
    String id = Http.json(created).getString("id");
    assertEquals(200, scim.get("/scim/Users/" + id).statusCode());
    assertEquals(204, scim.delete("/scim/Users/" + id).statusCode());

    JsonObject byUser = waitFor("resource=" + id, e -> e.getString("method").equals("DELETE"));
    assertEquals(3, byUser.getJsonArray("entries").size(), byUser.toString());
    assertEquals(
        userName,
        waitFor("resource=" + q(userName), e -> true)
            .getJsonArray("entries")
            .getJsonObject(0)
            .getString("resourceName"));

    JsonObject posts = waitFor("resource=" + id + "&method=post", e -> true);
    assertEquals(1, posts.getJsonArray("entries").size());
    assertEquals(201, posts.getJsonArray("entries").getJsonObject(0).getInt("status"));
    JsonObject reads = waitFor("resource=" + id + "&status=2xx&method=GET", e -> true);
    assertEquals(1, reads.getJsonArray("entries").size(), reads.toString());
    assertEquals(
        0,
        Http.json(AdminApi.get(LOG + "?resource=" + id + "&status=4xx"))
            .getJsonArray("entries")
            .size());

    // keyset paging: two entries a page, newest first, until the cursor runs out
    JsonObject first = Http.json(AdminApi.get(LOG + "?resource=" + id + "&limit=2"));
    assertEquals("DELETE", first.getJsonArray("entries").getJsonObject(0).getString("method"));
    JsonObject second =
        Http.json(
            AdminApi.get(
                LOG + "?resource=" + id + "&limit=2&before=" + first.getJsonNumber("next")));
    assertEquals(1, second.getJsonArray("entries").size());
    assertEquals("POST", second.getJsonArray("entries").getJsonObject(0).getString("method"));
    assertFalse(second.containsKey("next"), "the last page has no cursor");

    assertEquals(400, AdminApi.get(LOG + "?status=abc").statusCode());
    assertEquals(400, AdminApi.get(LOG + "?limit=0").statusCode());
    assertEquals(400, AdminApi.get(LOG + "?from=yesterday").statusCode());

    HttpResponse<String> csv =
        Http.send(
            HttpRequest.newBuilder(URI.create(AdminApi.BASE + LOG + "/csv?resource=" + id))
                .header("Authorization", basic()),
            "GET",
            null,
            null);
    assertEquals(200, csv.statusCode(), csv.body());
    String[] lines = csv.body().split("\r\n");
    assertEquals(4, lines.length, csv.body());
    assertTrue(lines[0].startsWith("id,time,actor_type,actor_name"), lines[0]);
    assertTrue(lines[1].contains(",DELETE,/scim/Users/" + id + ","), lines[1]);
    assertTrue(lines[3].contains(",'" + userName + ","), "formula neutralised: " + lines[3]);
  }

  @Test
  void aLockedTableCostsEntriesCountedNeverRequests() throws Exception {
    ScimTestClient scim = ScimTestClient.create();
    long droppedBefore =
        Http.json(AdminApi.get(LOG + "?limit=1")).getJsonNumber("dropped").longValue();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("LOCK TABLE provisioning_request IN ACCESS EXCLUSIVE MODE");
      for (int i = 0; i < 20; i++) {
        long start = System.nanoTime();
        assertEquals(200, scim.get("/scim/ServiceProviderConfig").statusCode());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1000, "request " + i + " waited " + ms + " ms for the log");
      }
      Thread.sleep(5000); // longer than the writer's lock timeout (2 s)
      c.rollback();
    }
    JsonObject after = Http.json(AdminApi.get(LOG + "?limit=1"));
    assertTrue(
        after.getJsonNumber("dropped").longValue() >= droppedBefore + 1,
        "drops counted: " + droppedBefore + " -> " + after);

    String userName = unique("after-lock");
    assertEquals(201, scim.post("/scim/Users", user(userName)).statusCode());
    waitFor("resource=" + q(userName), e -> e.getInt("status") == 201);
  }

  @Test
  void theLogIsForAdminsOnly() {
    assertEquals(401, AdminApi.sendAs("admin", "wrong", "GET", LOG, null).statusCode());
  }
}
