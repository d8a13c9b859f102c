package io.roster.group;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A group as read in one transaction.
 *
 * @param members null when the reader excluded them, so that they were never loaded
 */
record StoredGroup(GroupEntity group, List<Member> members) {
  JsonObject toJson(String scimBase) {
    return GroupMapper.toJson(group, members, scimBase);
  }
}
