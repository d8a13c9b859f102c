package io.roster.group;

import io.roster.scim.json.Jsons;
import io.roster.scim.schema.Projection;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A group whose members are written while they are read (GET /Groups/{id}): a group of 50,000
 * members never becomes one JSON tree in memory. The group's own attributes come from its row, read
 * before, which also gave the ETag; the members, from one statement through a cursor. Shaped like
 * {@link GroupMapper#toJson}: members before meta, none at all for an empty group, each member
 * keeping what the projection keeps.
 */
final class StreamedGroup {
  private static final Member SAMPLE = new Member(new UUID(0, 0), "");

  private final UUID groupId;
  private final String scimBase;
  private final GroupService groups;

  /** The projected group without members. */
  private final JsonObject shell;

  /** The sub-attributes of a member that the projection keeps; null when it drops members. */
  private final Set<String> memberKeys;

  StreamedGroup(GroupEntity group, Projection projection, String scimBase, GroupService groups) {
    this.groupId = group.id;
    this.scimBase = scimBase;
    this.groups = groups;
    // The projection of the group with one sample member says what to keep of every member.
    JsonObject projected = projection.apply(GroupMapper.toJson(group, List.of(SAMPLE), scimBase));
    this.memberKeys =
        projected.get("members") instanceof JsonArray sample
            ? sample.getJsonObject(0).keySet()
            : null;
    this.shell = Jsons.createObjectBuilder(projected).remove("members").build();
  }

  /** Writes the group as JSON; GroupResource hands this to JAX-RS as a StreamingOutput. */
  void write(OutputStream out) {
    try (JsonGenerator json = Jsons.provider().createGenerator(out)) {
      json.writeStartObject();
      boolean membersWritten = false;
      for (Map.Entry<String, JsonValue> e : shell.entrySet()) {
        if (e.getKey().equals("meta") && !membersWritten) {
          writeMembers(json);
          membersWritten = true;
        }
        json.write(e.getKey(), e.getValue());
      }
      if (!membersWritten) {
        writeMembers(json);
      }
      json.writeEnd();
    }
  }

  private void writeMembers(JsonGenerator json) {
    if (memberKeys == null) {
      return;
    }
    boolean[] started = {false};
    groups.forEachMember(
        groupId,
        member -> {
          if (!started[0]) {
            json.writeStartArray("members");
            started[0] = true;
          }
          json.writeStartObject();
          GroupMapper.member(member, scimBase)
              .forEach(
                  (key, value) -> {
                    if (memberKeys.contains(key)) {
                      json.write(key, value);
                    }
                  });
          json.writeEnd();
        });
    if (started[0]) {
      json.writeEnd();
    }
  }
}
