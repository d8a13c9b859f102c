package io.roster.role;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of access levels, apart from the database so that tables of cases can test them: what a
 * request may set, what a role holds, and what a user's roles add up to.
 */
final class AccessRules {
  private AccessRules() {}

  /**
   * The requested levels by lower-cased area.
   *
   * @throws IllegalArgumentException for an area outside {@code areas} or an unknown level
   */
  static Map<String, AccessLevel> validate(Map<String, String> requested, List<String> areas) {
    Map<String, AccessLevel> levels = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : requested.entrySet()) {
      String area = e.getKey().toLowerCase(Locale.ROOT);
      if (!areas.contains(area)) {
        throw new IllegalArgumentException("Unknown area " + e.getKey() + "; areas: " + areas);
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

  /** A role's level in every area of the catalogue: what was stored, none where nothing was. */
  static Map<String, AccessLevel> ofRole(List<String> areas, Collection<Grant> stored) {
    Map<String, AccessLevel> levels = noAccess(areas);
    stored.forEach(grant -> levels.replace(grant.area(), grant.level()));
    return levels;
  }

  /**
   * A user's effective access: per area the highest level among the grants of their roles, none
   * everywhere while the user is inactive. Areas no longer in the catalogue count for nothing.
   */
  static Map<String, AccessLevel> effective(
      List<String> areas, boolean active, Collection<Grant> grants) {
    Map<String, AccessLevel> levels = noAccess(areas);
    if (active) {
      grants.forEach(
          grant -> levels.computeIfPresent(grant.area(), (a, l) -> l.max(grant.level())));
    }
    return levels;
  }

  /** Every catalogue area at none: the least privilege a role or user starts from. */
  private static Map<String, AccessLevel> noAccess(List<String> areas) {
    Map<String, AccessLevel> levels = new LinkedHashMap<>();
    areas.forEach(area -> levels.put(area, AccessLevel.NONE));
    return levels;
  }
}
