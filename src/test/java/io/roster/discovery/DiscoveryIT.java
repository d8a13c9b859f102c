package io.roster.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What Entra's gallery and SCIM clients read before they provision. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscoveryIT {
  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  final ScimClient scim = ScimTestAccess.client();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void resourceTypesListUsersAndGroups() {
    JsonObject list = scim.get("/ResourceTypes").json();
    assertEquals(2, list.getInt("totalResults"));
    JsonObject user = scim.get("/v2/ResourceTypes/User").json();
    assertEquals("/Users", user.getString("endpoint"));
    assertEquals(USER, user.getString("schema"));
    assertEquals(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        user.getJsonArray("schemaExtensions").getJsonObject(0).getString("schema"));
    assertEquals(404, scim.get("/ResourceTypes/Printer").status());
  }

  @Test
  void schemasCarryFullAttributeDefinitions() {
    JsonObject list = scim.get("/Schemas").json();
    Set<String> ids =
        list.getJsonArray("Resources").stream()
            .map(s -> s.asJsonObject().getString("id"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            USER,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
            "urn:ietf:params:scim:schemas:core:2.0:Group"),
        ids);

    JsonObject user = scim.get("/Schemas/" + USER).json();
    JsonObject userName = attribute(user, "userName");
    assertEquals("string", userName.getString("type"));
    assertTrue(userName.getBoolean("required"));
    assertEquals(false, userName.getBoolean("caseExact"));
    assertEquals("server", userName.getString("uniqueness"));
    assertEquals("readWrite", userName.getString("mutability"));
    assertEquals("never", attribute(user, "password").getString("returned"));
    assertEquals("readOnly", attribute(user, "groups").getString("mutability"));
    assertTrue(attribute(user, "emails").getBoolean("multiValued"));
    assertEquals(404, scim.get("/Schemas/urn:nothing").status());
  }

  @Test
  void serviceProviderConfigTellsTheTruth() {
    JsonObject config = scim.get("/ServiceProviderConfig").json();
    assertTrue(config.getJsonObject("filter").getBoolean("supported"));
    assertEquals(200, config.getJsonObject("filter").getInt("maxResults"));
    assertTrue(config.getJsonObject("etag").getBoolean("supported"));
    assertTrue(config.getJsonObject("sort").getBoolean("supported"));
    assertTrue(config.getJsonObject("bulk").getBoolean("supported"));
    assertEquals(1000, config.getJsonObject("bulk").getInt("maxOperations"));
    assertEquals(false, config.getJsonObject("changePassword").getBoolean("supported"));
  }

  private static JsonObject attribute(JsonObject schema, String name) {
    return schema.getJsonArray("attributes").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
