package io.roster.group;

import static io.roster.testing.ScimClient.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Groups and their members in every shape Okta and Entra send, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsIT {
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  static String patch(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + operations
        + "}";
  }

  String user() {
    String userName = "member-" + UUID.randomUUID() + "@example.com";
    var created = scim.post("/Users", "{\"userName\":\"" + userName + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  String group(String name) {
    var created = scim.post("/Groups", "{\"displayName\":\"" + name + "\",\"members\":[]}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  static String name(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  Set<String> members(String groupId) {
    JsonObject group = scim.get("/Groups/" + groupId).json();
    if (!group.containsKey("members")) {
      return Set.of();
    }
    return group.getJsonArray("members").stream()
        .map(m -> m.asJsonObject().getString("value"))
        .collect(Collectors.toSet());
  }

  void patchOk(String groupId, String operations) {
    var response = scim.patch("/Groups/" + groupId, patch(operations));
    assertEquals(204, response.status(), response.toString());
  }

  @Test
  void createWithEntrasExtraSchemaAndRefuseDuplicateNames() {
    String name = name("Engineering");
    var created =
        scim.post(
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
             "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"%s","members":[]}
            """
                .formatted(name));
    assertEquals(201, created.status(), created.toString());
    JsonObject group = created.json();
    assertEquals(name, group.getString("displayName"));
    assertTrue(created.header("Location").endsWith("/scim/Groups/" + group.getString("id")));
    assertEquals("Group", group.getJsonObject("meta").getString("resourceType"));

    var duplicate = scim.post("/Groups", "{\"displayName\":\"" + name.toUpperCase() + "\"}");
    assertEquals(409, duplicate.status(), duplicate.toString());
    assertEquals("uniqueness", duplicate.json().getString("scimType"));
  }

  @Test
  void theUnfilteredTotalIsExactTheMomentAGroupIsCreatedOrDeleted() {
    int before = scim.get("/Groups?count=1").json().getInt("totalResults");
    var created = scim.post("/Groups", "{\"displayName\":\"" + name("Counted") + "\"}");
    assertEquals(201, created.status(), created.toString());
    assertEquals(before + 1, scim.get("/Groups?count=1").json().getInt("totalResults"));
    assertEquals(204, scim.delete("/Groups/" + created.json().getString("id")).status());
    assertEquals(before, scim.get("/Groups?count=1").json().getInt("totalResults"));
  }

  @Test
  void everyAnswerCarryingOneGroupHasItsLocation() {
    String name = name("Located");
    var created = scim.post("/Groups", "{\"displayName\":\"" + name + "\"}");
    String location = created.header("Location");
    String id = created.json().getString("id");
    String rename = patch("[{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"x\"}]");
    for (var answer :
        List.of(
            scim.get("/Groups/" + id),
            scim.put("/Groups/" + id, "{\"displayName\":\"" + name + "\"}"),
            scim.patch("/Groups/" + id + "?attributes=displayName", rename))) {
      assertEquals(200, answer.status(), answer.toString());
      assertEquals(location, answer.header("Location"), answer.toString());
    }
  }

  static void assertInvalidValue(ScimClient.Response response) {
    assertEquals(400, response.status(), response.toString());
    assertEquals("invalidValue", response.json().getString("scimType"));
  }

  @Test
  void aNulCharacterInAnyStringIsRefusedAndNothingIsStored() {
    String nul = "\\u0000";
    String name = name("Nul");
    var refused = scim.post("/Groups", "{\"displayName\":\"" + name + nul + "\"}");
    assertInvalidValue(refused);
    var search = scim.get("/Groups?filter=" + q("displayName sw \"" + name + "\""));
    assertEquals(0, search.json().getInt("totalResults"));

    String id = group(name);
    JsonObject before = scim.get("/Groups/" + id).json();
    var put = scim.put("/Groups/" + id, "{\"displayName\":\"x" + nul + "\"}");
    assertInvalidValue(put);
    for (String operation :
        List.of(
            "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x" + nul + "\"}",
            "{\"op\":\"replace\",\"value\":{\"externalId\":\"x" + nul + "\"}}",
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + nul + "\"}]}")) {
      assertInvalidValue(scim.patch("/Groups/" + id, patch("[" + operation + "]")));
    }
    assertEquals(before, scim.get("/Groups/" + id).json(), "nothing changed");
  }

  @Test
  void aMembersDisplayIsTheUsersDisplayNameElseItsUserName() {
    String plain = user();
    String userName = "named-" + UUID.randomUUID() + "@example.com";
    var named =
        scim.post("/Users", "{\"userName\":\"" + userName + "\",\"displayName\":\"Ada L\"}");
    String namedId = named.json().getString("id");
    String plainName = scim.get("/Users/" + plain).json().getString("userName");
    String g = group(name("Displayed"));
    patchOk(
        g,
        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"},{\"value\":\"%s\"}]}]"
            .formatted(plain, namedId));
    var displays =
        scim.get("/Groups/" + g).json().getJsonArray("members").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(m -> m.getString("value"), m -> m.getString("display")));
    assertEquals(Map.of(plain, plainName, namedId, "Ada L"), displays);
  }

  @Test
  void aPlainStringForMembersIsRefused() {
    var refused = scim.post("/Groups", "{\"displayName\":\"" + name("S") + "\",\"members\":\"x\"}");
    assertInvalidValue(refused);
  }

  @Test
  void oktaMemberPushes() {
    String g = group(name("Okta"));
    String a = user();
    String b = user();
    String c = user();

    patchOk(
        g,
        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\",\"display\":\"a\"},{\"value\":\"%s\"}]}]"
            .formatted(a, b));
    assertEquals(Set.of(a, b), members(g));

    patchOk(
        g, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]".formatted(a));
    assertEquals(Set.of(a, b), members(g), "adding a member twice is no error");

    patchOk(
        g,
        "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"%s\\\"]\"},{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]"
            .formatted(a, c));
    assertEquals(Set.of(b, c), members(g));

    patchOk(
        g,
        "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]".formatted(a));
    assertEquals(Set.of(a), members(g));

    patchOk(g, "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}]");
    assertEquals(Set.of(), members(g));

    String renamed = name("Renamed");
    patchOk(
        g,
        "[{\"op\":\"replace\",\"value\":{\"id\":\"%s\",\"displayName\":\"%s\"}}]"
            .formatted(g, renamed));
    assertEquals(renamed, scim.get("/Groups/" + g).json().getString("displayName"));
  }

  @Test
  void entraMemberUpdates() {
    String g = group(name("Entra"));
    String a = user();
    String b = user();

    patchOk(
        g,
        "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"%s\"},{\"$ref\":null,\"value\":\"%s\"}]}]"
            .formatted(a, b));
    assertEquals(Set.of(a, b), members(g));

    patchOk(
        g,
        "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]".formatted(a));
    assertEquals(Set.of(b), members(g));

    patchOk(
        g,
        "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]".formatted(a));
    assertEquals(Set.of(b), members(g), "removing an absent member is no error");

    String renamed = name("Entra renamed");
    patchOk(
        g, "[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"%s\"}]".formatted(renamed));

    JsonObject withoutMembers = scim.get("/Groups/" + g + "?excludedAttributes=members").json();
    assertFalse(withoutMembers.containsKey("members"));
    assertEquals(renamed, withoutMembers.getString("displayName"));

    JsonObject found =
        scim.get(
                "/Groups?excludedAttributes=members&filter="
                    + q("displayName eq \"" + renamed.toLowerCase() + "\""))
            .json();
    assertEquals(1, found.getInt("totalResults"));
    assertFalse(found.getJsonArray("Resources").getJsonObject(0).containsKey("members"));

    String isMember = "id eq \"" + g + "\" and members[value eq \"%s\"]";
    assertEquals(
        1, scim.get("/Groups?filter=" + q(isMember.formatted(b))).json().getInt("totalResults"));
    assertEquals(
        0, scim.get("/Groups?filter=" + q(isMember.formatted(a))).json().getInt("totalResults"));
  }

  @Test
  void anUnknownMemberRefusesTheWholePatch() {
    String g = group(name("Strict"));
    String a = user();
    var refused =
        scim.patch(
            "/Groups/" + g,
            patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]},{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]"
                    .formatted(a, UUID.randomUUID())));
    assertEquals(400, refused.status(), refused.toString());
    assertEquals("invalidValue", refused.json().getString("scimType"));
    assertEquals(Set.of(), members(g), "nothing applied");

    var notAnId =
        scim.patch(
            "/Groups/" + g,
            patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"00919288221112222\"}]}]"));
    assertEquals(400, notAnId.status());
  }

  @Test
  void userGroupsIsReadOnlyAndFilterable() {
    String name = name("Readers");
    String g = group(name);
    String a = user();
    patchOk(
        g, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]".formatted(a));

    JsonObject user = scim.get("/Users/" + a).json();
    JsonObject ref = user.getJsonArray("groups").getJsonObject(0);
    assertEquals(g, ref.getString("value"));
    assertEquals(name, ref.getString("display"));
    assertEquals("direct", ref.getString("type"));
    assertTrue(ref.getString("$ref").endsWith("/scim/Groups/" + g));

    assertEquals(Set.of(a), userIds("groups[value eq \"" + g + "\"]"));
    assertEquals(Set.of(a), userIds("groups.display eq \"" + name.toUpperCase() + "\""));
  }

  @Test
  void deletingAUserOrAGroupRemovesMemberships() {
    String g = group(name("Leavers"));
    String a = user();
    String b = user();
    patchOk(
        g,
        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"},{\"value\":\"%s\"}]}]"
            .formatted(a, b));

    assertEquals(204, scim.delete("/Users/" + a).status());
    assertEquals(Set.of(b), members(g));

    assertEquals(204, scim.delete("/Groups/" + g).status());
    assertEquals(404, scim.get("/Groups/" + g).status());
    assertFalse(scim.get("/Users/" + b).json().containsKey("groups"));
  }

  @Test
  void concurrentMemberAddsToOneGroupAllLand() throws Exception {
    String g = group(name("Crowd"));
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      users.add(user());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Integer>> adds = new ArrayList<>();
    for (String u : users) {
      adds.add(
          () ->
              scim.patch(
                      "/Groups/" + g,
                      patch(
                          "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                              + u
                              + "\"}]}]"))
                  .status());
    }
    for (Future<Integer> status : pool.invokeAll(adds)) {
      assertEquals(204, status.get());
    }
    pool.shutdown();
    assertEquals(Set.copyOf(users), members(g));
  }

  @Test
  void patchAnswersTheGroupWhenAttributesAreAsked() {
    String g = group(name("Answer"));
    String a = user();
    var answered =
        scim.patch(
            "/Groups/" + g + "?attributes=members",
            patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]"
                    .formatted(a)));
    assertEquals(200, answered.status(), answered.toString());
    assertEquals(a, answered.json().getJsonArray("members").getJsonObject(0).getString("value"));
  }

  private Set<String> userIds(String filter) {
    return scim.get("/Users?filter=" + q(filter)).json().getJsonArray("Resources").stream()
        .map(r -> r.asJsonObject().getString("id"))
        .collect(Collectors.toSet());
  }
}
