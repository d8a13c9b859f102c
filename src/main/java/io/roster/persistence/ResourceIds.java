package io.roster.persistence;

import java.util.Optional;
import java.util.UUID;

/** Resource ids are UUIDs; what a client sends in a URL may be anything. */
public final class ResourceIds {
  private ResourceIds() {}

  /** A client's id as a UUID; empty for anything else, which then simply matches no row. */
  public static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
