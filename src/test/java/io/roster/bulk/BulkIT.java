package io.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /scim/Bulk} (RFC 7644 §3.7) against real storage. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkIT {
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  final ScimClient scim = ScimTestAccess.client();
  private final String run = UUID.randomUUID().toString();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void aGroupNamesMembersCreatedFurtherDownByBulkId() {
    JsonArray ops =
        bulk(
            null,
            group("g", "Bulk", "ann", "bob"),
            op("POST", "/Users", "ann", user("ann")),
            op("POST", "/Users", "bob", user("bob")));
    assertEquals(List.of("ann:201", "bob:201", "g:201"), statuses(ops), ops.toString());
    Map<String, String> ids =
        ops.stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(o -> o.getString("bulkId"), o -> id(o)));
    JsonObject group = ops.getJsonObject(2);
    assertTrue(group.getString("location").endsWith("/Groups/" + ids.get("g")), group.toString());
    assertTrue(group.getString("version").startsWith("W/\""), group.toString());

    var stored = scim.get("/Groups/" + ids.get("g"));
    assertEquals(200, stored.status(), stored.toString());
    List<String> members =
        stored.json().getJsonArray("members").stream()
            .map(m -> m.asJsonObject().getString("value"))
            .sorted()
            .toList();
    assertEquals(List.of(ids.get("ann"), ids.get("bob")).stream().sorted().toList(), members);
  }

  @Test
  void eachOperationSucceedsOrFailsAloneAndIsAuditedLikeItsSingleRequest() {
    ScimTestClient token = ScimTestClient.create();
    ScimClient own =
        new ScimClient(
            ScimClient.BASE + "/scim", Map.of("Authorization", "Bearer " + token.token()));
    String patch =
        "{\"schemas\":[\"%s\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Cy\"}]}"
            .formatted(PATCH_OP);
    JsonArray ops =
        bulk(
            own,
            null,
            op("POST", "/Users", "cy", user("cy")),
            op("PATCH", "/Users/" + UUID.randomUUID(), null, patch),
            op("POST", "/Users", "cy-again", user("cy")),
            op("GET", "/Users", "get", "{}"),
            op("POST", "/Users", "nameless", "{\"displayName\":\"no userName\"}"),
            op("POST", "/Users", "dee", user("dee")),
            op("PATCH", "/Users/bulkId:cy", null, patch),
            op("DELETE", "/Users/bulkId:dee", null, null));
    assertEquals(
        List.of(
            "cy:201",
            "-:404",
            "cy-again:409",
            "get:400",
            "nameless:400",
            "dee:201",
            "-:200",
            "-:204"),
        statuses(ops),
        ops.toString());
    JsonObject duplicate = ops.getJsonObject(2).getJsonObject("response");
    assertEquals("uniqueness", duplicate.getString("scimType"));
    assertEquals("409", duplicate.getString("status"));

    String cy = id(ops.getJsonObject(0));
    assertEquals("Cy", scim.get("/Users/" + cy).json().getString("displayName"));
    assertEquals(404, scim.get("/Users/" + id(ops.getJsonObject(5))).status());
    assertEquals(1, count("userName eq \"" + name("cy") + "\""));
    assertEquals(0, count("displayName eq \"no userName\" and userName sw \"" + run + "\""));

    JsonArray audit =
        AdminApiAccess.client().get("/admin/audit?target=" + cy).json().getJsonArray("entries");
    assertEquals(
        List.of("user.updated", "user.created"),
        audit.stream().map(e -> e.asJsonObject().getString("action")).toList());
    assertEquals(
        token.tokenId(),
        audit.getJsonObject(1).getJsonObject("actor").getString("id"),
        "the bulk's token is the actor");
  }

  @Test
  void failOnErrorsStopsAfterThatManyErrors() {
    JsonArray ops =
        bulk(
            1,
            op("POST", "/Users", "bad", "{\"displayName\":\"no userName\"}"),
            op("POST", "/Users", "never", user("never")));
    assertEquals(List.of("bad:400"), statuses(ops));
    assertEquals(0, count("userName eq \"" + name("never") + "\""));
  }

  @Test
  void circularReferencesAre409AndChangeNothing() {
    JsonArray ops =
        bulk(
            null,
            group("a", "A", "b"),
            group("b", "B", "a"),
            op("POST", "/Users", "eve", user("eve")));
    assertEquals(List.of("eve:201", "a:409", "b:409"), statuses(ops), ops.toString());
    var groups = scim.get("/Groups?filter=" + ScimClient.q("displayName ew \"" + run + "\""));
    assertEquals(0, groups.json().getInt("totalResults"));
  }

  @Test
  void tooManyOperationsOrTooLargeABodyIs413() {
    String many =
        IntStream.range(0, 1001)
            .mapToObj(i -> op("DELETE", "/Users/" + UUID.randomUUID(), null, null))
            .collect(Collectors.joining(","));
    var answer = scim.post("/Bulk", request(null, many));
    assertEquals(413, answer.status(), answer.toString());
    assertEquals("413", answer.json().getString("status"));
    assertTrue(answer.json().getString("detail").contains("maxOperations"), answer.toString());

    String big = op("POST", "/Users", "big", "{\"userName\":\"" + "x".repeat(1100 * 1024) + "\"}");
    var tooLarge = scim.post("/v2/Bulk", request(null, big));
    assertEquals(413, tooLarge.status(), tooLarge.toString());
    assertEquals("413", tooLarge.json().getString("status"));

    JsonObject config = scim.get("/ServiceProviderConfig").json().getJsonObject("bulk");
    assertTrue(config.getBoolean("supported"));
    assertEquals(1000, config.getInt("maxOperations"));
    assertEquals(1024 * 1024, config.getInt("maxPayloadSize"));
  }

  @Test
  void aRequestWithoutOperationsIsRefusedWhole() {
    var answer = scim.post("/Bulk", "{\"schemas\":[\"" + BulkRequest.URN + "\"]}");
    assertEquals(400, answer.status(), answer.toString());
    assertEquals("invalidSyntax", answer.json().getString("scimType"));
    var unauthenticated =
        ScimClient.anonymous().post("/Bulk", request(null, op("POST", "/Users", "x", user("x"))));
    assertEquals(401, unauthenticated.status());
    assertEquals(0, count("userName eq \"" + name("x") + "\""));
  }

  /** A POST of a group named {@code name} and the run, its members bulkId references. */
  private String group(String bulkId, String name, String... memberBulkIds) {
    String members =
        Arrays.stream(memberBulkIds)
            .map(m -> "{\"value\":\"bulkId:" + m + "\"}")
            .collect(Collectors.joining(","));
    return op(
        "POST",
        "/Groups",
        bulkId,
        "{\"displayName\":\"%s %s\",\"members\":[%s]}".formatted(name, run, members));
  }

  private String user(String who) {
    return "{\"userName\":\"%s\"}".formatted(name(who));
  }

  private String name(String who) {
    return run + "-" + who + "@example.com";
  }

  private static String op(String method, String path, String bulkId, String data) {
    return "{\"method\":\"%s\",\"path\":\"%s\"%s%s}"
        .formatted(
            method,
            path,
            bulkId == null ? "" : ",\"bulkId\":\"" + bulkId + "\"",
            data == null ? "" : ",\"data\":" + data);
  }

  private static String request(Integer failOnErrors, String operations) {
    return "{\"schemas\":[\"%s\"],%s\"Operations\":[%s]}"
        .formatted(
            BulkRequest.URN,
            failOnErrors == null ? "" : "\"failOnErrors\":" + failOnErrors + ",",
            operations);
  }

  private JsonArray bulk(Integer failOnErrors, String... operations) {
    return bulk(scim, failOnErrors, operations);
  }

  private static JsonArray bulk(ScimClient client, Integer failOnErrors, String... operations) {
    var answer = client.post("/Bulk", request(failOnErrors, String.join(",", operations)));
    assertEquals(200, answer.status(), answer.toString());
    assertEquals(BulkResource.RESPONSE_URN, answer.json().getJsonArray("schemas").getString(0));
    return answer.json().getJsonArray("Operations");
  }

  private static List<String> statuses(JsonArray ops) {
    return ops.stream()
        .map(JsonValue::asJsonObject)
        .map(o -> o.getString("bulkId", "-") + ":" + o.getString("status"))
        .toList();
  }

  private static String id(JsonObject op) {
    String location = op.getString("location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private int count(String filter) {
    return scim.get("/Users?count=0&filter=" + ScimClient.q(filter)).json().getInt("totalResults");
  }
}
