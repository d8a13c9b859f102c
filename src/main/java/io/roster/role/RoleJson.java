package io.roster.role;

import io.roster.scim.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** The admin API's JSON for roles and access decisions. */
final class RoleJson {
  private RoleJson() {}

  static JsonObject role(Role role) {
    return Jsons.createObjectBuilder()
        .add("id", role.id().toString())
        .add("name", role.name())
        .add("groupId", role.id().toString())
        .add("memberCount", role.memberCount())
        .add("levels", levels(role.levels()))
        .build();
  }

  /** A role after a change of its levels, with the levels it had before. */
  static JsonObject changed(Role before, Role after) {
    return Jsons.createObjectBuilder(role(after))
        .add("previousLevels", levels(before.levels()))
        .build();
  }

  static JsonObject access(UserAccess access) {
    return Jsons.createObjectBuilder()
        .add("userName", access.userName())
        .add("active", access.active())
        .add("roles", Jsons.createArrayBuilder(access.roles()))
        .add("access", levels(access.access()))
        .build();
  }

  private static JsonObjectBuilder levels(Map<String, AccessLevel> levels) {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    levels.forEach((area, level) -> json.add(area, level.wire()));
    return json;
  }
}
