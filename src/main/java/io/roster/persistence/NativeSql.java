package io.roster.persistence;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ids bound to native SQL as one PostgreSQL array ({@code = ANY(CAST(?1 AS uuid[]))}): the SQL text
 * is the same for any number of ids, so it is prepared once, and no statement nears PostgreSQL's
 * 65,535 bind parameters however many rows it touches.
 */
public final class NativeSql {
  private NativeSql() {}

  /**
   * The array literal {@code {id,id,...}} to bind where the SQL says {@code CAST(?n AS uuid[])}.
   */
  public static String uuidArray(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }
}
