package io.roster.persistence;

import java.util.Optional;
import java.util.UUID;

/**
 * Kept only until {@code role.RoleResource} calls {@link ResourceIds#parse} itself (it belongs to
 * another change); then this class goes.
 */
@Deprecated(forRemoval = true)
public final class Rows {
  private Rows() {}

  public static Optional<UUID> parseId(String id) {
    return ResourceIds.parse(id);
  }
}
