package io.roster.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Finding one resource row by its id, the same way for users and groups. */
public final class Rows {
  private Rows() {}

  /** A client's id as a UUID; empty for anything else, which then simply matches no row. */
  public static Optional<UUID> parseId(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A JPQL condition that {@code path} is one of {@code ids}, bound as {@code :ids} with {@link
   * #idParameter}. One id (a GET, a filter matching one user) is an equality, whose SQL EclipseLink
   * prepares once; the SQL of an {@code IN} list is printed again on every execution.
   */
  public static String idCondition(String path, Collection<UUID> ids) {
    return ids.size() == 1 ? path + " = :ids" : path + " IN :ids";
  }

  public static Object idParameter(Collection<UUID> ids) {
    return ids.size() == 1 ? ids.iterator().next() : ids;
  }

  /**
   * The row, locked ({@code SELECT ... FOR UPDATE}) for a writer; for a reader, read-only, so a
   * transaction it is read in does not compare it with a backup copy at commit. Null when none.
   */
  public static <T> T byId(EntityManager em, Class<T> entity, UUID id, LockModeType lock) {
    if (lock != LockModeType.NONE) {
      return em.find(entity, id, lock);
    }
    return em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e WHERE e.id = :id", entity)
        .setParameter("id", id)
        .setHint(ReadOnly.HINT, "true")
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
