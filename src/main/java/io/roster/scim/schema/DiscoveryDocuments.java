package io.roster.scim.schema;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bodies of the discovery endpoints of RFC 7644 §4: {@code /Schemas}, {@code /ResourceTypes}
 * and {@code /ServiceProviderConfig}. {@code baseUrl} is the SCIM root as clients see it (e.g.
 * {@code https://roster.example/scim/v2}); it only feeds {@code meta.location}.
 */
public final class DiscoveryDocuments {
  public static final String SCHEMA_URN = "urn:ietf:params:scim:schemas:core:2.0:Schema";
  public static final String RESOURCE_TYPE_URN =
      "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  public static final String SERVICE_PROVIDER_CONFIG_URN =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

  private DiscoveryDocuments() {}

  /** One {@code /Schemas} entry with every attribute definition. */
  public static JsonObject schema(Schema schema, String baseUrl) {
    JsonArrayBuilder attributes = Jsons.createArrayBuilder();
    schema.attributes().forEach(a -> attributes.add(attribute(a)));
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(SCHEMA_URN))
        .add("id", schema.id())
        .add("name", schema.name())
        .add("description", schema.description())
        .add("attributes", attributes)
        .add("meta", meta("Schema", root(baseUrl) + "/Schemas/" + schema.id()))
        .build();
  }

  /** One {@code /ResourceTypes} entry. */
  public static JsonObject resourceType(ResourceType type, String baseUrl) {
    JsonArrayBuilder extensions = Jsons.createArrayBuilder();
    type.schemaExtensions()
        .forEach(
            e ->
                extensions.add(
                    Jsons.createObjectBuilder()
                        .add("schema", e.schema().id())
                        .add("required", e.required())));
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(RESOURCE_TYPE_URN))
        .add("id", type.id())
        .add("name", type.name())
        .add("endpoint", type.endpoint())
        .add("description", type.description())
        .add("schema", type.schema().id())
        .add("schemaExtensions", extensions)
        .add("meta", meta("ResourceType", root(baseUrl) + "/ResourceTypes/" + type.id()))
        .build();
  }

  /**
   * The {@code /ServiceProviderConfig} document: PATCH, filter, sort, ETags and bulk supported;
   * password change not; paging by index (the default) and by cursor (RFC 9865); Roster's bearer
   * tokens and OAuth 2.0 client-credentials access tokens as the authentication schemes.
   *
   * @param documentationUri where humans read about Roster's SCIM endpoint and tokens
   */
  public static JsonObject serviceProviderConfig(
      String baseUrl, ServiceLimits limits, String documentationUri) {
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(SERVICE_PROVIDER_CONFIG_URN))
        .add("documentationUri", documentationUri)
        .add("patch", supported(true))
        .add(
            "bulk",
            supported(limits.bulkMaxOperations() > 0)
                .add("maxOperations", limits.bulkMaxOperations())
                .add("maxPayloadSize", limits.bulkMaxPayloadSize()))
        .add("filter", supported(true).add("maxResults", limits.maxPageSize()))
        .add(
            "pagination",
            Jsons.createObjectBuilder()
                .add("cursor", true)
                .add("index", true)
                .add("defaultPaginationMethod", "index")
                .add("defaultPageSize", limits.defaultPageSize())
                .add("maxPageSize", limits.maxPageSize())
                .add("cursorTimeout", limits.cursorTimeoutSeconds()))
        .add("changePassword", supported(false))
        .add("sort", supported(true))
        .add("etag", supported(true))
        .add(
            "authenticationSchemes",
            Jsons.createArrayBuilder()
                .add(
                    Jsons.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add(
                            "description",
                            "Authentication with a bearer token in the Authorization header.")
                        .add("specUri", "https://www.rfc-editor.org/rfc/rfc6750")
                        .add("documentationUri", documentationUri)
                        .add("primary", true))
                .add(
                    Jsons.createObjectBuilder()
                        .add("type", "oauth2")
                        .add("name", "OAuth 2.0 client credentials")
                        .add(
                            "description",
                            "Access tokens from /oauth/token (grant client_credentials, the client"
                                + " authenticated by a client secret or an RFC 7523 client"
                                + " assertion); metadata at"
                                + " /.well-known/oauth-authorization-server.")
                        .add("specUri", "https://www.rfc-editor.org/rfc/rfc6749")
                        .add("documentationUri", documentationUri)
                        .add("primary", false)))
        .add("meta", meta("ServiceProviderConfig", root(baseUrl) + "/ServiceProviderConfig"))
        .build();
  }

  /** Every schema of the given resource types, core then extensions, each once. */
  public static List<JsonObject> schemas(List<ResourceType> types, String baseUrl) {
    return types.stream()
        .flatMap(
            t ->
                Stream.concat(
                    Stream.of(t.schema()),
                    t.schemaExtensions().stream().map(SchemaExtension::schema)))
        .distinct()
        .map(s -> schema(s, baseUrl))
        .toList();
  }

  static JsonObject attribute(Attribute a) {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("name", a.name())
            .add("type", a.type().wire())
            .add("multiValued", a.multiValued())
            .add("description", a.description())
            .add("required", a.required());
    if (a.type().isStringLike()) {
      b.add("caseExact", a.caseExact());
    }
    if (!a.canonicalValues().isEmpty()) {
      b.add("canonicalValues", Jsons.createArrayBuilder(a.canonicalValues()));
    }
    if (!a.referenceTypes().isEmpty()) {
      b.add("referenceTypes", Jsons.createArrayBuilder(a.referenceTypes()));
    }
    b.add("mutability", a.mutability().wire())
        .add("returned", a.returned().wire())
        .add("uniqueness", a.uniqueness().wire());
    if (a.isComplex()) {
      JsonArrayBuilder subs = Jsons.createArrayBuilder();
      a.subAttributes().forEach(s -> subs.add(attribute(s)));
      b.add("subAttributes", subs);
    }
    return b.build();
  }

  private static JsonObjectBuilder supported(boolean supported) {
    return Jsons.createObjectBuilder().add("supported", supported);
  }

  private static JsonObjectBuilder meta(String resourceType, String location) {
    return Jsons.createObjectBuilder().add("resourceType", resourceType).add("location", location);
  }

  private static String root(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
