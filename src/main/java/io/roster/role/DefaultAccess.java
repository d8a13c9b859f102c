package io.roster.role;

import io.roster.events.Action;
import io.roster.events.ResourceChanged;
import io.roster.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console access of a provisioned person who is in no group (setting {@code
 * sso.default-access}, stored as {@code area=level,...}): none in every area until an admin decides
 * otherwise, so that provisioning alone opens nothing.
 */
@ApplicationScoped
public class DefaultAccess {
  static final String KEY = "sso.default-access";

  @Inject SettingsService settings;
  @Inject AccessAreas areas;
  @Inject Event<ResourceChanged> changes;

  /** Every catalogue area's default level. */
  public Map<String, AccessLevel> get() {
    return AccessRules.ofRole(areas.all(), grants(settings.get(KEY).orElse("")));
  }

  /**
   * Sets the given areas' default levels, leaving the others as they are.
   *
   * @throws IllegalArgumentException for an area outside the catalogue or an unknown level
   */
  @Transactional
  public Map<String, AccessLevel> set(Map<String, String> requested) {
    Map<String, AccessLevel> levels = new LinkedHashMap<>(get());
    levels.putAll(AccessRules.validate(requested, areas.all()));
    String stored =
        levels.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().wire())
            .collect(Collectors.joining(","));
    if (!stored.equals(settings.get(KEY).orElse(null))) {
      settings.put(KEY, stored);
      changes.fire(
          new ResourceChanged(
              Action.SSO_SETTINGS_CHANGED, "Setting", KEY, "Default access", stored));
    }
    return levels;
  }

  /** What was stored; pairs that no longer parse (a level renamed by hand) count for nothing. */
  private static List<Grant> grants(String stored) {
    return Arrays.stream(stored.split(","))
        .map(pair -> pair.split("=", 2))
        .filter(pair -> pair.length == 2)
        .flatMap(
            pair -> AccessLevel.parse(pair[1]).map(level -> new Grant(pair[0], level)).stream())
        .toList();
  }
}
