package io.roster.provisioning;

import java.util.Map;
import java.util.Set;

/**
 * What a request path addresses: the resource type (from a fixed list, so that a metric label
 * cannot be made to grow by inventing paths) and, for a single user or group, its id.
 */
record EndpointPath(String resourceType, String resourceId) {
  /** The types whose answers carry an id and a name worth logging. */
  static final Set<String> NAMED = Set.of("User", "Group");

  private static final Map<String, String> TYPES =
      Map.of(
          "Users", "User",
          "Groups", "Group",
          "ServiceProviderConfig", "ServiceProviderConfig",
          "Schemas", "Schema",
          "ResourceTypes", "ResourceType",
          "Bulk", "Bulk",
          ".search", "Search",
          "token", "Token");

  static EndpointPath of(String relativePath) {
    String[] segments = relativePath.replaceFirst("^/+", "").split("/", 3);
    String type = TYPES.getOrDefault(segments[0], "other");
    boolean single =
        NAMED.contains(type)
            && segments.length > 1
            && !segments[1].isEmpty()
            && !segments[1].startsWith(".");
    return new EndpointPath(type, single ? segments[1] : null);
  }
}
