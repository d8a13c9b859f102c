package io.roster.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRulesTest {
  static final List<String> AREAS = List.of("console", "users", "audit");

  /** {@code "users=view;audit=edit"} as a request, in the written order; blank is none. */
  static Map<String, String> pairs(String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (text != null) {
      Arrays.stream(text.split(";")).map(p -> p.split("=", -1)).forEach(p -> pairs.put(p[0], p[1]));
    }
    return pairs;
  }

  /** Grants as a list, as one area may have several: {@code "users=view;users=edit"}. */
  static List<Grant> grants(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";"))
            .map(p -> p.split("="))
            .map(p -> new Grant(p[0], AccessLevel.parse(p[1]).orElseThrow()))
            .toList();
  }

  static String wire(Map<String, AccessLevel> levels) {
    return levels.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().wire())
        .collect(Collectors.joining(";"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "users=edit                   | users=edit",
        "Users=EDIT                   | users=edit",
        "audit=None;console=admin     | audit=none;console=admin",
        "users=view;USERS=admin       | users=admin",
      })
  void acceptsKnownAreasAndLevelsInAnyLetterCase(String requested, String stored) {
    assertEquals(stored, wire(AccessRules.validate(pairs(requested), AREAS)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "payroll=view       | Unknown area payroll; areas: [console, users, audit]",
        "users=view;x=none  | Unknown area x; areas: [console, users, audit]",
        "users=owner        | Unknown level owner; levels: none, view, edit, admin",
        "users=             | Unknown level ; levels: none, view, edit, admin",
      })
  void refusesWhatTheCatalogueOrTheScaleDoesNotHold(String requested, String message) {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> AccessRules.validate(pairs(requested), AREAS));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "                        | console=none;users=none;audit=none",
        "users=edit              | console=none;users=edit;audit=none",
        "audit=view;console=edit | console=edit;users=none;audit=view",
        "payroll=admin           | console=none;users=none;audit=none",
      })
  void aRoleHasEveryCatalogueAreaAndNoneWhereNothingIsStored(String stored, String levels) {
    assertEquals(levels, wire(AccessRules.ofRole(AREAS, grants(stored))));
  }

  @ParameterizedTest(name = "active={0}, {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "true  |                                | console=none;users=none;audit=none",
        "true  | users=view;users=edit          | console=none;users=edit;audit=none",
        "true  | users=admin;users=view         | console=none;users=admin;audit=none",
        "true  | users=none;audit=view;audit=none | console=none;users=none;audit=view",
        "true  | payroll=admin;console=view     | console=view;users=none;audit=none",
        "false | users=admin;console=edit       | console=none;users=none;audit=none",
        "false |                                | console=none;users=none;audit=none",
      })
  void aUserGetsTheHighestLevelAmongTheirRolesAndNoneWhileInactive(
      boolean active, String grants, String levels) {
    assertEquals(levels, wire(AccessRules.effective(AREAS, active, grants(grants))));
  }
}
