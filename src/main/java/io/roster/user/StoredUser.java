package io.roster.user;

import jakarta.json.JsonArray;
import java.util.List;

/** A user as read in one transaction: its row, its multi-valued rows and its groups. */
record StoredUser(UserEntity user, List<UserValueEntity> values, JsonArray groups) {
  /** The full SCIM representation; {@code location} may be null inside the service. */
  jakarta.json.JsonObject toJson(String location) {
    return UserMapper.toJson(user, values, groups, location);
  }
}
