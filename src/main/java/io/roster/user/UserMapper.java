package io.roster.user;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.json.Jsons;
import io.roster.scim.protocol.Versions;
import io.roster.scim.schema.DateTimes;
import io.roster.scim.schema.EnterpriseUserSchema;
import io.roster.scim.schema.UserSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * The one place where a User's SCIM representation meets its storage. Input is a normalized
 * resource (canonical attribute names, checked types); PUT semantics: what is absent is cleared.
 */
final class UserMapper {
  static final String CORE = UserSchema.URN;
  static final String ENTERPRISE = EnterpriseUserSchema.URN;

  private static final List<StoredAttribute<UserEntity>> CORE_FIELDS =
      UserAttributes.copiedIn(null, null);
  private static final List<StoredAttribute<UserEntity>> NAME_FIELDS =
      UserAttributes.copiedIn(null, "name");
  private static final List<StoredAttribute<UserEntity>> ENTERPRISE_FIELDS =
      UserAttributes.copiedIn(ENTERPRISE, null);
  private static final List<StoredAttribute<UserEntity>> MANAGER_FIELDS =
      UserAttributes.copiedIn(ENTERPRISE, "manager");

  private UserMapper() {}

  /** Writes every writable attribute of {@code resource} into {@code user}. */
  static void apply(JsonObject resource, UserEntity user) {
    user.userName = string(resource, "userName");
    user.externalId = string(resource, "externalId");
    user.active = resource.get("active") != JsonValue.FALSE;
    set(CORE_FIELDS, resource, user);
    set(NAME_FIELDS, object(resource, "name"), user);
    JsonObject enterprise = object(resource, ENTERPRISE);
    set(ENTERPRISE_FIELDS, enterprise, user);
    set(MANAGER_FIELDS, object(enterprise, "manager"), user);
  }

  /** The full representation (including the password's absence) as a GET returns it. */
  static JsonObject toJson(StoredUser stored, String scimBase) {
    UserEntity user = stored.user();
    List<GroupRef> groups = stored.groups();
    JsonObject enterprise =
        enterprise(user, stored.managerIsUser() && scimBase != null ? scimBase : null);
    JsonArrayBuilder schemas = Jsons.createArrayBuilder().add(CORE);
    if (!enterprise.isEmpty()) {
      schemas.add(ENTERPRISE);
    }
    JsonObjectBuilder json =
        Jsons.createObjectBuilder().add("schemas", schemas).add("id", user.id.toString());
    addIfPresent(json, "externalId", user.externalId);
    json.add("userName", user.userName);
    JsonObject name = fields(NAME_FIELDS, user).build();
    if (!name.isEmpty()) {
      json.add("name", name);
    }
    CORE_FIELDS.forEach(f -> addIfPresent(json, f.name(), f.get().apply(user)));
    json.add("active", user.active);
    for (Map.Entry<String, JsonArray> e : UserValues.toJson(stored.values()).entrySet()) {
      json.add(e.getKey(), e.getValue());
    }
    if (!groups.isEmpty()) {
      json.add("groups", groups(groups, scimBase));
    }
    if (!enterprise.isEmpty()) {
      json.add(ENTERPRISE, enterprise);
    }
    String location = scimBase == null ? null : scimBase + "/Users/" + user.id;
    return json.add("meta", meta(user, location)).build();
  }

  private static JsonArrayBuilder groups(List<GroupRef> groups, String scimBase) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    for (GroupRef group : groups) {
      JsonObjectBuilder ref =
          Jsons.createObjectBuilder()
              .add("value", group.id().toString())
              .add("display", group.displayName())
              .add("type", "direct");
      if (scimBase != null) {
        ref.add("$ref", scimBase + "/Groups/" + group.id());
      }
      array.add(ref);
    }
    return array;
  }

  /**
   * @param managerBase the SCIM base URL when the manager is a user, whose {@code $ref} (RFC 7643
   *     §4.3) it starts; null for none
   */
  private static JsonObject enterprise(UserEntity user, String managerBase) {
    JsonObjectBuilder enterprise = fields(ENTERPRISE_FIELDS, user);
    JsonObjectBuilder manager = fields(MANAGER_FIELDS, user);
    if (managerBase != null) {
      manager.add("$ref", managerBase + "/Users/" + user.managerId);
    }
    JsonObject built = manager.build();
    if (!built.isEmpty()) {
      enterprise.add("manager", built);
    }
    return enterprise.build();
  }

  private static JsonObjectBuilder meta(UserEntity user, String location) {
    JsonObjectBuilder meta =
        Jsons.createObjectBuilder()
            .add("resourceType", "User")
            .add("created", DateTimes.format(user.created))
            .add("lastModified", DateTimes.format(user.lastModified))
            .add("version", Versions.etag(user.version));
    addIfPresent(meta, "location", location);
    return meta;
  }

  private static JsonObjectBuilder fields(
      List<StoredAttribute<UserEntity>> fields, UserEntity user) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    fields.forEach(f -> addIfPresent(out, f.name(), f.get().apply(user)));
    return out;
  }

  private static void set(
      List<StoredAttribute<UserEntity>> fields, JsonObject source, UserEntity user) {
    fields.forEach(f -> f.set().accept(user, string(source, f.name())));
  }

  private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String string(JsonObject source, String name) {
    return source.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static JsonObject object(JsonObject source, String name) {
    return source.get(name) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
  }
}
