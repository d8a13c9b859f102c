package io.roster.scim.protocol;

import jakarta.json.JsonObject;

/**
 * The writes of one resource type as {@code /Bulk} calls them (RFC 7644 §3.7): the very service
 * methods behind the type's own endpoint, so that each bulk operation is checked, stored in its own
 * transaction, audited and announced like the single request it stands for.
 */
public interface ResourceWrites {
  /** The resource type's endpoint name, as in a bulk operation's path: {@code Users}. */
  String endpoint();

  Written create(JsonObject body);

  Written replace(String id, JsonObject body, String ifMatch);

  Written patch(String id, JsonObject body, String ifMatch);

  void delete(String id, String ifMatch);

  /** What a bulk response tells of a written resource: its id and new version. */
  record Written(String id, long version) {}
}
