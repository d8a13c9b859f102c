package io.roster.user;

import io.roster.persistence.ElementTable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read-only User.groups attribute, supplied by the groups feature so that users do not depend
 * on groups.
 */
public interface UserGroups {
  /** The groups of each given user, in one query. */
  Map<UUID, List<GroupRef>> of(Collection<UUID> userIds);

  /**
   * An SQL expression for the groups of the one user whose id is the SQL {@code userId}: JSON text
   * {@code [[id, displayName], ...]} in the order of {@link #of}, or NULL when there are none. It
   * lets a single user's read bring the groups in its own statement; {@link #fromJson} reads it. It
   * adds no single quote, so that JPQL's {@code SQL('...')} can carry it.
   */
  String jsonSql(String userId);

  /** The groups {@link #jsonSql} gave; none for NULL. */
  List<GroupRef> fromJson(String json);

  /** Where memberships are stored, for filters such as {@code groups[value eq "g"]}. */
  ElementTable storage();
}
