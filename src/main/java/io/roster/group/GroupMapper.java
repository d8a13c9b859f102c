package io.roster.group;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.json.Jsons;
import io.roster.scim.protocol.Versions;
import io.roster.scim.schema.DateTimes;
import io.roster.scim.schema.GroupSchema;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.List;

/** The one place where a Group's SCIM representation meets its storage. */
final class GroupMapper {
  private GroupMapper() {}

  /** Writes the single-valued attributes of a normalized Group resource (PUT semantics). */
  static void apply(JsonObject resource, GroupEntity group) {
    GroupAttributes.COPIED.forEach(a -> a.set().accept(group, string(resource, a.name())));
  }

  /** Without members: what a PATCH of the group's own attributes applies to. */
  static JsonObject attributes(GroupEntity group) {
    return toJson(group, null, null);
  }

  static JsonObject toJson(GroupEntity group, List<Member> members, String scimBase) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(GroupSchema.URN))
            .add("id", group.id.toString());
    for (StoredAttribute<GroupEntity> a : GroupAttributes.COPIED) {
      String value = a.get().apply(group);
      if (value != null) {
        json.add(a.name(), value);
      }
    }
    if (members != null && !members.isEmpty()) {
      JsonArrayBuilder array = Jsons.createArrayBuilder();
      for (Member member : members) {
        array.add(member(member, scimBase));
      }
      json.add("members", array);
    }
    JsonObjectBuilder meta =
        Jsons.createObjectBuilder()
            .add("resourceType", "Group")
            .add("created", DateTimes.format(group.created))
            .add("lastModified", DateTimes.format(group.lastModified))
            .add("version", Versions.etag(group.version));
    if (scimBase != null) {
      meta.add("location", scimBase + "/Groups/" + group.id);
    }
    return json.add("meta", meta).build();
  }

  /** One element of members; its {@code $ref} (RFC 7643 §4.2) only with {@code scimBase}. */
  static JsonObject member(Member member, String scimBase) {
    JsonObjectBuilder m =
        Jsons.createObjectBuilder()
            .add("value", member.userId().toString())
            .add("display", member.display())
            .add("type", "User");
    if (scimBase != null) {
      m.add("$ref", scimBase + "/Users/" + member.userId());
    }
    return m.build();
  }

  private static String string(JsonObject source, String name) {
    return source.get(name) instanceof JsonString s ? s.getString() : null;
  }
}
