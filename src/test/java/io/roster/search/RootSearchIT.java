package io.roster.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /scim/.search} over Users and Groups at once, as RFC 7644 §3.4.3 describes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RootSearchIT {
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void searchesUsersThenGroupsWithTheFilterWhereEachUnderstandsIt() {
    String marker = "Both " + UUID.randomUUID();
    String userName = "root-" + UUID.randomUUID() + "@example.com";
    var user =
        scim.post(
            "/Users", "{\"userName\":\"%s\",\"displayName\":\"%s\"}".formatted(userName, marker));
    assertEquals(201, user.status(), user.toString());
    var group = scim.post("/Groups", "{\"displayName\":\"%s\"}".formatted(marker));
    assertEquals(201, group.status(), group.toString());
    String userId = user.json().getString("id");
    String groupId = group.json().getString("id");

    JsonObject both = search("{\"filter\":\"displayName eq \\\"%s\\\"\"}".formatted(marker));
    assertEquals(2, both.getInt("totalResults"));
    assertEquals(List.of("User:" + userId, "Group:" + groupId), typesAndIds(both));

    JsonObject second =
        search(
            "{\"filter\":\"displayName eq \\\"%s\\\"\",\"startIndex\":2,\"count\":1}"
                .formatted(marker));
    assertEquals(2, second.getInt("totalResults"));
    assertEquals(2, second.getInt("startIndex"));
    assertEquals(List.of("Group:" + groupId), typesAndIds(second));

    JsonObject onlyUsers = search("{\"filter\":\"userName eq \\\"%s\\\"\"}".formatted(userName));
    assertEquals(List.of("User:" + userId), typesAndIds(onlyUsers));

    JsonObject projected =
        search(
            "{\"filter\":\"displayName eq \\\"%s\\\"\",\"attributes\":[\"displayName\"]}"
                .formatted(marker));
    JsonObject first = projected.getJsonArray("Resources").getJsonObject(0);
    assertEquals(marker, first.getString("displayName"));
    assertFalse(first.containsKey("userName"));

    var nowhere = scim.post("/.search", "{\"filter\":\"nosuch eq \\\"x\\\"\"}");
    assertEquals(400, nowhere.status(), nowhere.toString());
    assertEquals("invalidFilter", nowhere.json().getString("scimType"));
  }

  private JsonObject search(String body) {
    var answer = scim.post("/.search", body);
    assertEquals(200, answer.status(), answer.toString());
    return answer.json();
  }

  private static List<String> typesAndIds(JsonObject list) {
    return list.getJsonArray("Resources").stream()
        .map(JsonValue::asJsonObject)
        .map(r -> r.getJsonObject("meta").getString("resourceType") + ":" + r.getString("id"))
        .toList();
  }
}
