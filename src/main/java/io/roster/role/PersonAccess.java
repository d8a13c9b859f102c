package io.roster.role;

import io.roster.group.GroupDirectory;
import io.roster.user.UserLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a SCIM-provisioned person may do in the console, read from PostgreSQL on every call so that
 * a deactivation, a removal from a group or a level change counts at their next request on every
 * node: their roles' levels, the {@link DefaultAccess} while they are in no group, none everywhere
 * while inactive.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PersonAccess {
  @Inject UserLookup users;
  @Inject GroupDirectory groups;
  @Inject MemberGrants memberGrants;
  @Inject AccessAreas areas;
  @Inject DefaultAccess defaults;

  /** A person and their effective console access. */
  public record Person(UUID id, String userName, boolean active, Map<String, AccessLevel> access) {
    public boolean has(String area, AccessLevel level) {
      return access.getOrDefault(area, AccessLevel.NONE).compareTo(level) >= 0;
    }
  }

  /** Empty when no user has this id (deleted through SCIM). */
  public Optional<Person> of(UUID userId) {
    return users.byId(userId).map(this::person);
  }

  private Person person(UserLookup.Account user) {
    List<String> catalogue = areas.all();
    Map<String, AccessLevel> access;
    if (!user.active()) {
      access = AccessRules.effective(catalogue, false, List.of());
    } else if (groups.namesOf(user.id()).isEmpty()) {
      access = defaults.get();
    } else {
      access =
          AccessRules.effective(
              catalogue,
              true,
              memberGrants.of(List.of(user.id())).getOrDefault(user.id(), List.of()));
    }
    return new Person(user.id(), user.userName(), user.active(), access);
  }
}
