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

  /** Where memberships are stored, for filters such as {@code groups[value eq "g"]}. */
  ElementTable storage();
}
