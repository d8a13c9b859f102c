package io.roster.role;

import io.roster.events.AccessChanging;
import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.group.GroupDirectory;
import io.roster.user.UserLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roles and their access levels. A role is a SCIM group (same id), so a rename keeps its levels and
 * deleting the group deletes them (a foreign key cascade). This feature owns {@code role_access}
 * only: groups come from {@link GroupDirectory}, users from {@link UserLookup}.
 */
@ApplicationScoped
@Transactional
public class RoleService {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject AccessAreas areas;
  @Inject GroupDirectory groups;
  @Inject UserLookup users;
  @Inject MemberGrants memberGrants;
  @Inject Event<ResourceChanged> changes;
  @Inject Event<AccessChanging> accessChanging;

  /** One page of roles and how many match in all. */
  public record RolePage(long total, List<Role> roles) {}

  /**
   * Roles whose name contains {@code text} (case-insensitive; all when blank), by name, paged in
   * SQL, so that only one page of roles and their levels is ever read.
   */
  @Transactional(TxType.SUPPORTS)
  public RolePage search(String text, int offset, int limit) {
    GroupDirectory.Page page = groups.search(text, offset, limit);
    return new RolePage(page.total(), roles(page.groups()));
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Role> get(UUID id) {
    return groups.find(id).map(group -> roles(List.of(group)).get(0));
  }

  /**
   * Sets the given areas' levels, leaving the others as they are.
   *
   * @throws IllegalArgumentException for an area outside the catalogue or an unknown level
   */
  public Optional<Role> setAccess(UUID id, Map<String, String> requested) {
    Map<String, AccessLevel> levels = AccessRules.validate(requested, areas.all());
    Optional<Role> role = get(id);
    if (role.isEmpty()) {
      return role;
    }
    accessChanging.fire(AccessChanging.roleLevels(id));
    for (Map.Entry<String, AccessLevel> e : levels.entrySet()) {
      em.createNativeQuery(
              "INSERT INTO role_access (group_id, area, level) VALUES (?1, ?2, ?3)"
                  + " ON CONFLICT (group_id, area) DO UPDATE SET level = excluded.level")
          .setParameter(1, id)
          .setParameter(2, e.getKey())
          .setParameter(3, e.getValue().wire())
          .executeUpdate();
    }
    String summary =
        levels.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().wire())
            .collect(Collectors.joining(","));
    Optional<Role> after = get(id);
    changes.fire(
        new ResourceChanged(
            Action.ROLE_ACCESS_CHANGED,
            "Role",
            id.toString(),
            role.get().name(),
            summary,
            RoleJson.changed(role.get(), after.get())));
    return after;
  }

  /** Empty when no user has this userName (compared case-insensitively, as SCIM does). */
  @Transactional(TxType.SUPPORTS)
  public Optional<UserAccess> accessOf(String userName) {
    return users
        .byUserName(userName)
        .map(
            user ->
                new UserAccess(
                    user.userName(),
                    user.active(),
                    groups.namesOf(user.id()),
                    AccessRules.effective(
                        areas.all(),
                        user.active(),
                        memberGrants.of(List.of(user.id())).getOrDefault(user.id(), List.of()))));
  }

  /**
   * The effective access of each given user, in two statements whatever their number: the highest
   * level per area among their roles, none everywhere while inactive. Unknown ids are left out.
   */
  public Map<UUID, Map<String, AccessLevel>> accessOf(List<UUID> userIds) {
    Map<UUID, Map<String, AccessLevel>> access = new HashMap<>();
    if (userIds.isEmpty()) {
      return access;
    }
    Map<UUID, Boolean> active = users.activeOf(userIds);
    Map<UUID, List<Grant>> grants = memberGrants.of(active.keySet());
    List<String> catalogue = areas.all();
    active.forEach(
        (id, isActive) ->
            access.put(
                id,
                AccessRules.effective(catalogue, isActive, grants.getOrDefault(id, List.of()))));
    return access;
  }

  /** The given groups as roles, with their levels read in one statement. */
  private List<Role> roles(List<GroupDirectory.Entry> page) {
    Map<UUID, List<Grant>> stored = levelsOf(page.stream().map(GroupDirectory.Entry::id).toList());
    List<String> catalogue = areas.all();
    return page.stream()
        .map(
            group ->
                new Role(
                    group.id(),
                    group.displayName(),
                    group.memberCount(),
                    AccessRules.ofRole(catalogue, stored.getOrDefault(group.id(), List.of()))))
        .toList();
  }

  private Map<UUID, List<Grant>> levelsOf(Collection<UUID> roleIds) {
    return Grant.byId(
        em,
        "SELECT group_id, area, level FROM role_access WHERE group_id = ANY(CAST(?1 AS uuid[]))",
        roleIds);
  }
}
