package io.roster.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.UUID;

/** JPQL over resource ids, written the way EclipseLink prepares it once, for users and groups. */
public final class JpqlIds {
  private JpqlIds() {}

  /**
   * A JPQL condition that {@code path} is one of {@code ids}, bound as {@code :ids} with {@link
   * #parameter}. One id (a GET, a filter matching one user) is an equality, whose SQL EclipseLink
   * prepares once; the SQL of an {@code IN} list is printed again on every execution.
   */
  public static String condition(String path, Collection<UUID> ids) {
    return ids.size() == 1 ? path + " = :ids" : path + " IN :ids";
  }

  public static Object parameter(Collection<UUID> ids) {
    return ids.size() == 1 ? ids.iterator().next() : ids;
  }

  /**
   * The row, locked ({@code SELECT ... FOR UPDATE}) for a writer; for a reader, read-only, so a
   * transaction it is read in does not compare it with a backup copy at commit. Null when none.
   */
  public static <T> T row(EntityManager em, Class<T> entity, UUID id, LockModeType lock) {
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
