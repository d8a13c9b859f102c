package io.roster.user;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A user as read in one transaction: its row, its multi-valued rows, its groups, and whether its
 * enterprise manager's value is the id of a user (then the manager has a {@code $ref}).
 */
record StoredUser(
    UserEntity user, List<UserValueEntity> values, List<GroupRef> groups, boolean managerIsUser) {
  /** The full SCIM representation; without {@code scimBase} it has no location or $refs. */
  JsonObject toJson(String scimBase) {
    return UserMapper.toJson(this, scimBase);
  }
}
