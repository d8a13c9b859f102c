package io.roster.user;

import jakarta.json.JsonObject;
import java.util.List;

/** A user as read in one transaction: its row, its multi-valued rows and its groups. */
record StoredUser(UserEntity user, List<UserValueEntity> values, List<GroupRef> groups) {
  /** The full SCIM representation; without {@code scimBase} it has no location or $refs. */
  JsonObject toJson(String scimBase) {
    return UserMapper.toJson(user, values, groups, scimBase);
  }
}
