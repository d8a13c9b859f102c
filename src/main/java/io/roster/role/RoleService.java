package io.roster.role;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roles and their access levels. A role is a SCIM group (same id), so a rename keeps its levels and
 * deleting the group deletes them (a foreign key cascade).
 */
@ApplicationScoped
@Transactional
public class RoleService {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject AccessAreas areas;
  @Inject Event<ResourceChanged> changes;

  /** One page of roles and how many match in all. */
  public record RolePage(long total, List<Role> roles) {}

  /**
   * Roles whose name contains {@code text} (case-insensitive; all when blank), by name, paged in
   * SQL, so that only one page of roles and their levels is ever read.
   */
  @Transactional(TxType.SUPPORTS)
  public RolePage search(String text, int offset, int limit) {
    boolean all = text == null || text.isBlank();
    String where = all ? "" : " WHERE lower(g.display_name) LIKE lower(?1) ESCAPE '\\'";
    List<Object> parameters = all ? List.of() : List.of(containing(text));
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(limit);
    paged.add(offset);
    String order =
        " ORDER BY lower(g.display_name), g.id LIMIT ?"
            + (paged.size() - 1)
            + " OFFSET ?"
            + paged.size();
    List<Role> page = roles(where + order, paged);
    boolean pageTellsTotal = page.size() < limit && (!page.isEmpty() || offset == 0);
    long total =
        pageTellsTotal
            ? offset + page.size()
            : ((Number) bind("SELECT count(*) FROM scim_group g" + where, parameters).get(0))
                .longValue();
    return new RolePage(total, page);
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Role> get(UUID id) {
    return roles(" WHERE g.id = ?1", List.of(id)).stream().findFirst();
  }

  /** A LIKE pattern matching any name that contains {@code text}, whatever its wildcards. */
  static String containing(String text) {
    String literal = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + literal + "%";
  }

  /**
   * Sets the given areas' levels, leaving the others as they are.
   *
   * @throws IllegalArgumentException for an area outside the catalogue or an unknown level
   */
  public Optional<Role> setAccess(UUID id, Map<String, String> requested) {
    Map<String, AccessLevel> levels = validate(requested);
    Optional<Role> role = get(id);
    if (role.isEmpty()) {
      return role;
    }
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
    changes.fire(
        new ResourceChanged(
            Action.ROLE_ACCESS_CHANGED, "Role", id.toString(), role.get().name(), summary));
    return get(id);
  }

  /** Empty when no user has this userName (compared case-insensitively, as SCIM does). */
  @Transactional(TxType.SUPPORTS)
  public Optional<UserAccess> accessOf(String userName) {
    List<?> users =
        em.createNativeQuery(
                "SELECT id, user_name, active FROM scim_user WHERE lower(user_name) = lower(?1)")
            .setParameter(1, userName)
            .getResultList();
    if (users.isEmpty()) {
      return Optional.empty();
    }
    Object[] user = (Object[]) users.get(0);
    UUID id = (UUID) user[0];
    List<?> roleNames =
        em.createNativeQuery(
                "SELECT g.display_name FROM group_member m JOIN scim_group g ON g.id = m.group_id"
                    + " WHERE m.user_id = ?1 ORDER BY g.display_name")
            .setParameter(1, id)
            .getResultList();
    return Optional.of(
        new UserAccess(
            (String) user[1],
            (Boolean) user[2],
            roleNames.stream().map(String::valueOf).toList(),
            accessOf(List.of(id)).get(id)));
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
    String ids = placeholders(userIds.size());
    for (Object row : bind("SELECT id, active FROM scim_user WHERE id IN (" + ids + ")", userIds)) {
      Object[] user = (Object[]) row;
      access.put((UUID) user[0], noAccess());
    }
    String grants =
        "SELECT m.user_id, ra.area, ra.level FROM role_access ra"
            + " JOIN group_member m ON m.group_id = ra.group_id"
            + " JOIN scim_user u ON u.id = m.user_id AND u.active"
            + " WHERE m.user_id IN ("
            + ids
            + ")";
    for (Object row : bind(grants, userIds)) {
      Object[] grant = (Object[]) row;
      Map<String, AccessLevel> levels = access.get((UUID) grant[0]);
      levels.computeIfPresent(
          (String) grant[1],
          (area, level) -> level.max(AccessLevel.parse((String) grant[2]).orElseThrow()));
    }
    return access;
  }

  private List<?> bind(String sql, List<?> parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }

  private static String placeholders(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> "?" + i)
        .collect(Collectors.joining(", "));
  }

  /** The roles the {@code tail} (WHERE, ORDER BY, LIMIT) selects, with their levels. */
  private List<Role> roles(String tail, List<?> parameters) {
    List<?> rows =
        bind(
            "SELECT g.id, g.display_name,"
                + " (SELECT count(*) FROM group_member m WHERE m.group_id = g.id)"
                + " FROM scim_group g"
                + tail,
            parameters);
    List<UUID> ids = rows.stream().map(row -> (UUID) ((Object[]) row)[0]).toList();
    Map<UUID, Map<String, AccessLevel>> levels = levelsOf(ids);
    List<Role> roles = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      UUID id = (UUID) r[0];
      Map<String, AccessLevel> roleLevels = noAccess();
      levels.getOrDefault(id, Map.of()).forEach(roleLevels::replace);
      roles.add(new Role(id, (String) r[1], ((Number) r[2]).longValue(), roleLevels));
    }
    return roles;
  }

  private Map<UUID, Map<String, AccessLevel>> levelsOf(List<UUID> roleIds) {
    Map<UUID, Map<String, AccessLevel>> levels = new HashMap<>();
    if (roleIds.isEmpty()) {
      return levels;
    }
    String sql =
        "SELECT group_id, area, level FROM role_access WHERE group_id IN ("
            + placeholders(roleIds.size())
            + ")";
    for (Object row : bind(sql, roleIds)) {
      Object[] r = (Object[]) row;
      levels
          .computeIfAbsent((UUID) r[0], k -> new HashMap<>())
          .put((String) r[1], AccessLevel.parse((String) r[2]).orElseThrow());
    }
    return levels;
  }

  /** Every catalogue area at none: the least privilege a role or user starts from. */
  private Map<String, AccessLevel> noAccess() {
    Map<String, AccessLevel> levels = new LinkedHashMap<>();
    areas.all().forEach(area -> levels.put(area, AccessLevel.NONE));
    return levels;
  }

  private Map<String, AccessLevel> validate(Map<String, String> requested) {
    Map<String, AccessLevel> levels = new LinkedHashMap<>();
    List<String> known = areas.all();
    for (Map.Entry<String, String> e : requested.entrySet()) {
      String area = e.getKey().toLowerCase(Locale.ROOT);
      if (!known.contains(area)) {
        throw new IllegalArgumentException("Unknown area " + e.getKey() + "; areas: " + known);
      }
      AccessLevel level =
          AccessLevel.parse(e.getValue())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Unknown level " + e.getValue() + "; levels: none, view, edit, admin"));
      levels.put(area, level);
    }
    return levels;
  }
}
