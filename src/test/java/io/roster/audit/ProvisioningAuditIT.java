package io.roster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.AdminApiAccess;
import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an IdP changes over SCIM is in the audit log, attributed to the token it used. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningAuditIT {
  final ScimClient api = AdminApiAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void userAndGroupChangesAreAuditedWithTheTokenAsActor() {
    ScimTestClient token = ScimTestClient.create();
    ScimClient scim =
        new ScimClient(
            ScimClient.BASE + "/scim", Map.of("Authorization", "Bearer " + token.token()));
    String userName = "audited-" + UUID.randomUUID() + "@example.com";
    String userId =
        scim.post("/Users", "{\"userName\":\"" + userName + "\"}").json().getString("id");
    scim.patch(
        "/Users/" + userId,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    String groupId =
        scim.post(
                "/Groups",
                "{\"displayName\":\"Audited "
                    + UUID.randomUUID()
                    + "\",\"members\":[{\"value\":\""
                    + userId
                    + "\"}]}")
            .json()
            .getString("id");
    scim.delete("/Users/" + userId);

    assertEquals(
        List.of("user.deleted", "user.deactivated", "user.created"),
        actions(userId),
        "newest first");
    assertEquals(List.of("group.member.added", "group.created"), actions(groupId));
    JsonObject created = entries(userId).getJsonObject(2);
    assertEquals(token.tokenId(), created.getJsonObject("actor").getString("id"));
    assertEquals(userName, created.getString("targetName"));
  }

  private JsonArray entries(String target) {
    var response = api.get("/admin/audit?target=" + target);
    assertEquals(200, response.status(), response.toString());
    return response.json().getJsonArray("entries");
  }

  private List<String> actions(String target) {
    return entries(target).stream().map(e -> e.asJsonObject().getString("action")).toList();
  }
}
