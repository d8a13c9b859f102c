package io.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryDocumentsTest {
  private static final String BASE = "https://roster.example/scim/v2/";

  @Test
  void schemaDocumentListsEveryAttributeWithSubAttributes() {
    JsonObject doc = DiscoveryDocuments.schema(UserSchema.SCHEMA, BASE);
    assertEquals(UserSchema.URN, doc.getString("id"));
    assertEquals(UserSchema.SCHEMA.attributes().size(), doc.getJsonArray("attributes").size());
    JsonObject emails =
        doc.getJsonArray("attributes").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("name").equals("emails"))
            .findFirst()
            .orElseThrow();
    assertEquals("complex", emails.getString("type"));
    assertTrue(emails.getBoolean("multiValued"));
    assertEquals(4, emails.getJsonArray("subAttributes").size());
    JsonObject userName = doc.getJsonArray("attributes").getJsonObject(0);
    assertEquals(
        Json.createObjectBuilder()
            .add("name", "userName")
            .add("type", "string")
            .add("multiValued", false)
            .add("description", userName.getString("description"))
            .add("required", true)
            .add("caseExact", false)
            .add("mutability", "readWrite")
            .add("returned", "default")
            .add("uniqueness", "server")
            .build(),
        userName);
    assertEquals(
        "https://roster.example/scim/v2/Schemas/" + UserSchema.URN,
        doc.getJsonObject("meta").getString("location"));
    assertEquals("Schema", doc.getJsonObject("meta").getString("resourceType"));
  }

  @Test
  void schemasAreListedOnce() {
    List<JsonObject> docs =
        DiscoveryDocuments.schemas(List.of(ResourceType.USER, ResourceType.GROUP), BASE);
    assertEquals(
        List.of(UserSchema.URN, EnterpriseUserSchema.URN, GroupSchema.URN),
        docs.stream().map(d -> d.getString("id")).toList());
  }

  @Test
  void resourceTypeDocument() {
    JsonObject doc = DiscoveryDocuments.resourceType(ResourceType.USER, BASE);
    assertEquals("User", doc.getString("id"));
    assertEquals("/Users", doc.getString("endpoint"));
    assertEquals(UserSchema.URN, doc.getString("schema"));
    JsonObject extension = doc.getJsonArray("schemaExtensions").getJsonObject(0);
    assertEquals(EnterpriseUserSchema.URN, extension.getString("schema"));
    assertFalse(extension.getBoolean("required"));
    assertEquals(
        "https://roster.example/scim/v2/ResourceTypes/User",
        doc.getJsonObject("meta").getString("location"));
    assertTrue(
        DiscoveryDocuments.resourceType(ResourceType.GROUP, BASE)
            .getJsonArray("schemaExtensions")
            .isEmpty());
  }

  @Test
  void serviceProviderConfig() {
    JsonObject doc =
        DiscoveryDocuments.serviceProviderConfig(
            "https://roster.example/scim/v2",
            new ServiceLimits(100, 200, 600, 1000, 1048576),
            "https://roster.example/docs/scim");
    assertTrue(doc.getJsonObject("patch").getBoolean("supported"));
    assertTrue(doc.getJsonObject("bulk").getBoolean("supported"));
    assertEquals(1000, doc.getJsonObject("bulk").getInt("maxOperations"));
    assertEquals(1048576, doc.getJsonObject("bulk").getInt("maxPayloadSize"));
    assertEquals(200, doc.getJsonObject("filter").getInt("maxResults"));
    JsonObject pagination = doc.getJsonObject("pagination");
    assertTrue(pagination.getBoolean("cursor"));
    assertTrue(pagination.getBoolean("index"));
    assertEquals("index", pagination.getString("defaultPaginationMethod"));
    assertEquals(100, pagination.getInt("defaultPageSize"));
    assertEquals(200, pagination.getInt("maxPageSize"));
    assertEquals(600, pagination.getInt("cursorTimeout"));
    assertFalse(doc.getJsonObject("changePassword").getBoolean("supported"));
    assertTrue(doc.getJsonObject("sort").getBoolean("supported"));
    assertTrue(doc.getJsonObject("etag").getBoolean("supported"));
    JsonObject scheme = doc.getJsonArray("authenticationSchemes").getJsonObject(0);
    assertEquals("oauthbearertoken", scheme.getString("type"));
    assertTrue(scheme.getBoolean("primary"));
    assertEquals("https://roster.example/docs/scim", scheme.getString("documentationUri"));
    assertEquals(
        "https://roster.example/scim/v2/ServiceProviderConfig",
        doc.getJsonObject("meta").getString("location"));
  }

  @Test
  void listResponseUsesJsonIntegers() {
    JsonObject doc =
        ListResponse.of(List.of(Json.createObjectBuilder().add("id", "u1").build()), 41, 11);
    assertEquals(
        List.of(ListResponse.URN),
        doc.getJsonArray("schemas").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(JsonValue.ValueType.NUMBER, doc.get("totalResults").getValueType());
    assertEquals(41, doc.getInt("totalResults"));
    assertEquals(1, doc.getInt("itemsPerPage"));
    assertEquals(11, doc.getInt("startIndex"));
    assertEquals("u1", doc.getJsonArray("Resources").getJsonObject(0).getString("id"));
  }
}
