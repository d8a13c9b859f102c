package io.roster.group;

import io.roster.persistence.ResourceIds;
import io.roster.scim.error.ScimException;
import java.util.UUID;

/** A member's {@code value} is a user's id; anything else cannot be a member (400 invalidValue). */
final class MemberIds {
  private MemberIds() {}

  static UUID parse(String value) {
    return ResourceIds.parse(value).orElseThrow(() -> notAUser(": " + value));
  }

  /** The answer when a member names no existing user; {@code detail} may be empty. */
  static ScimException notAUser(String detail) {
    return ScimException.invalidValue("A member is not an existing user" + detail);
  }
}
