package io.roster.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.outbox.EventTypes;
import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimFixtures;
import io.roster.testing.ScimTestAccess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks end to end, to a real HTTP receiver inside the test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {
  static final String JSON = "application/json";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  final ScimClient scim = ScimTestAccess.client();
  final ScimClient admin = AdminApiAccess.client();
  final List<String> endpoints = new ArrayList<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @AfterEach
  void deleteEndpoints() {
    endpoints.forEach(id -> admin.delete("/admin/webhooks/" + id));
  }

  /** Creates an endpoint; returns its JSON with the secret. */
  JsonObject endpoint(String url, String types) {
    var created =
        admin.post(
            "/admin/webhooks",
            "{\"url\":\"" + url + "\",\"types\":" + types + "}",
            "Content-Type",
            JSON);
    assertEquals(201, created.status(), created.toString());
    endpoints.add(created.json().getJsonObject("endpoint").getString("id"));
    return created.json();
  }

  static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static void await(BooleanSupplier done, int seconds, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (!done.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, "waited " + seconds + " s for " + what);
      Thread.sleep(100);
    }
  }

  /** True when every {@code v1} of the header... at least one is the HMAC of t.body. */
  static boolean signedWith(Receiver.Received r, String secret) {
    String[] parts = r.signature().split(",");
    String t = parts[0].substring(2);
    long age = System.currentTimeMillis() / 1000 - Long.parseLong(t);
    String expected = Signatures.hmacHex(secret, t + "." + r.body());
    boolean found = false;
    for (int i = 1; i < parts.length; i++) {
      found |= parts[i].equals("v1=" + expected);
    }
    return found && age >= 0 && age < 300;
  }

  String user(String userName) {
    return ScimFixtures.user(scim, userName);
  }

  void patch(String path, String operation) {
    var response =
        scim.patch(path, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operation + "]}");
    assertTrue(response.status() == 200 || response.status() == 204, response.toString());
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void everyTypeIsDeliveredSignedAndTheSecretIsShownOnce() throws Exception {
    try (Receiver receiver = new Receiver()) {
      JsonObject created = endpoint(receiver.url(), "[]");
      String secret = created.getString("secret");
      assertTrue(secret.startsWith("whsec_"));
      String id = created.getJsonObject("endpoint").getString("id");
      assertFalse(admin.get("/admin/webhooks/" + id).body().contains(secret), "shown once");
      assertFalse(admin.get("/admin/webhooks").body().contains(secret));

      String userId = user(unique("hook") + "@x.io");
      String groupName = unique("HookTeam");
      var group =
          scim.post(
              "/Groups",
              "{\"displayName\":\""
                  + groupName
                  + "\",\"members\":[{\"value\":\""
                  + userId
                  + "\"}]}");
      assertEquals(201, group.status());
      String groupId = group.json().getString("id");
      assertEquals(
          200,
          admin
              .put(
                  "/admin/roles/" + groupId + "/access",
                  "{\"users\":\"view\"}",
                  "Content-Type",
                  JSON)
              .status());
      patch(
          "/Groups/" + groupId,
          "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + groupName + "-2\"}");
      patch("/Users/" + userId, "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Dev\"}");
      patch("/Users/" + userId, "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}");
      patch("/Users/" + userId, "{\"op\":\"replace\",\"path\":\"active\",\"value\":true}");
      patch(
          "/Groups/" + groupId,
          "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + userId + "\\\"]\"}");
      assertEquals(204, scim.delete("/Groups/" + groupId).status());
      assertEquals(204, scim.delete("/Users/" + userId).status());

      await(
          () -> typesAbout(receiver, userId, groupId).containsAll(EventTypes.ALL),
          60,
          "every type delivered");
      for (Receiver.Received r : receiver.received) {
        assertTrue(signedWith(r, secret), "a valid signature: " + r.signature());
      }

      // The delivery log shows each attempt's outcome; a redelivery and a test event arrive too.
      JsonObject log = admin.get("/admin/webhooks/" + id + "/deliveries?limit=500").json();
      JsonObject delivered = log.getJsonArray("deliveries").getJsonObject(0);
      assertEquals("delivered", delivered.getString("state"));
      assertEquals(200, delivered.getInt("lastStatus"));
      assertTrue(delivered.containsKey("lastLatencyMs"));
      assertEquals("{\"answer\":200}", delivered.getString("lastResponse"));
      int before = receiver.received.size();
      assertEquals(
          202,
          admin
              .post(
                  "/admin/webhooks/" + id + "/deliveries/" + delivered.getInt("id") + "/redeliver",
                  "")
              .status());
      assertEquals(202, admin.post("/admin/webhooks/" + id + "/test", "").status());
      await(() -> receiver.received.size() >= before + 2, 30, "redelivery and test event");
      assertTrue(
          receiver.received.stream()
              .anyMatch(r -> parse(r.body()).getString("type").equals("webhook.test")));
      String audit = admin.get("/admin/audit?targetType=Webhook&target=" + id).body();
      assertTrue(audit.contains("webhook.created") && audit.contains("webhook.tested"), audit);
    }
  }

  private static Set<String> typesAbout(Receiver receiver, String userId, String groupId) {
    Set<String> types = new LinkedHashSet<>();
    for (Receiver.Received r : receiver.received) {
      JsonObject event = parse(r.body());
      String data = event.getJsonObject("data").toString();
      if (data.contains(userId) || data.contains(groupId)) {
        types.add(event.getString("type"));
      }
    }
    return types;
  }

  @Test
  void aReceiverDownThenUpGetsEverythingEachPersonInOrder() throws Exception {
    try (Receiver receiver = new Receiver()) {
      receiver.status = 503;
      endpoint(receiver.url(), "[\"user.created\",\"user.updated\",\"user.deactivated\"]");
      List<String> people = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        String id = user(unique("down") + "@x.io");
        people.add(id);
        for (int i = 0; i < 3; i++) {
          patch("/Users/" + id, "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t" + i + "\"}");
        }
        patch("/Users/" + id, "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}");
      }
      Thread.sleep(3000); // several failed attempts
      assertTrue(receiver.received.isEmpty());
      receiver.status = 200;

      await(() -> receivedAbout(receiver, people).size() == 15, 90, "all 15 events after recovery");
      Map<String, List<String>> perPerson = new HashMap<>();
      for (JsonObject event : receivedAbout(receiver, people)) {
        perPerson
            .computeIfAbsent(event.getJsonObject("data").getString("id"), k -> new ArrayList<>())
            .add(
                event.getString("type") + ":" + event.getJsonObject("data").getString("title", ""));
      }
      for (String person : people) {
        assertEquals(
            List.of(
                "user.created:",
                "user.updated:t0",
                "user.updated:t1",
                "user.updated:t2",
                "user.deactivated:t2"),
            perPerson.get(person),
            "in order, none lost or repeated");
      }
    }
  }

  private static List<JsonObject> receivedAbout(Receiver receiver, List<String> people) {
    return receiver.received.stream()
        .map(r -> parse(r.body()))
        .filter(e -> people.contains(e.getJsonObject("data").getString("id", "")))
        .toList();
  }

  @Test
  void privateAddressesAndPlainHttpAreRefused() {
    for (String url :
        List.of(
            "https://10.1.2.3/hook",
            "https://192.168.1.10/hook",
            "https://172.16.5.4/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://100.64.0.1/hook",
            "http://example.com/hook",
            "ftp://example.com/hook",
            "not a url")) {
      var response =
          admin.post("/admin/webhooks", "{\"url\":\"" + url + "\"}", "Content-Type", JSON);
      assertEquals(400, response.status(), url + ": " + response);
    }
    var unknownType =
        admin.post(
            "/admin/webhooks",
            "{\"url\":\"http://127.0.0.1:9/hook\",\"types\":[\"user.exploded\"]}",
            "Content-Type",
            JSON);
    assertEquals(400, unknownType.status());
  }

  @Test
  void duringARotationBothSecretsSign() throws Exception {
    try (Receiver receiver = new Receiver()) {
      JsonObject created = endpoint(receiver.url(), "[\"user.created\"]");
      String id = created.getJsonObject("endpoint").getString("id");
      var rotated = admin.post("/admin/webhooks/" + id + "/secret", "");
      assertEquals(200, rotated.status(), rotated.toString());
      String newSecret = rotated.json().getString("secret");
      String userId = user(unique("rot") + "@x.io");
      await(
          () -> receiver.received.stream().anyMatch(r -> r.body().contains(userId)),
          30,
          "the event");
      Receiver.Received r =
          receiver.received.stream().filter(x -> x.body().contains(userId)).findFirst().get();
      assertTrue(signedWith(r, created.getString("secret")), "the old secret still signs");
      assertTrue(signedWith(r, newSecret), "and the new one");
      assertTrue(admin.get("/admin/webhooks/" + id).json().containsKey("previousSecretUntil"));
    }
  }
}
