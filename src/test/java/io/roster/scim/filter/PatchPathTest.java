package io.roster.scim.filter;

import static io.roster.scim.filter.Trees.CORE_USER;
import static io.roster.scim.filter.Trees.ENTERPRISE;
import static io.roster.scim.filter.Trees.and;
import static io.roster.scim.filter.Trees.cmp;
import static io.roster.scim.filter.Trees.eq;
import static io.roster.scim.filter.Trees.not;
import static io.roster.scim.filter.Trees.pr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchPathTest {

  static Stream<Arguments> validPaths() {
    AttributePath emails = AttributePath.of("emails");
    return Stream.of(
        arguments("userName", new PatchPath(AttributePath.of("userName"), null, null)),
        arguments(
            "name.familyName",
            new PatchPath(new AttributePath(null, "name", "familyName"), null, null)),
        arguments("emails[type eq \"work\"]", new PatchPath(emails, eq("type", "work"), null)),
        arguments(
            "emails[type eq \"work\"].value", new PatchPath(emails, eq("type", "work"), "value")),
        arguments(
            "members[value eq \"2819c223\"]",
            new PatchPath(AttributePath.of("members"), eq("value", "2819c223"), null)),
        arguments(
            ENTERPRISE + ":manager",
            new PatchPath(new AttributePath(ENTERPRISE, "manager", null), null, null)),
        arguments(
            ENTERPRISE + ":manager.value",
            new PatchPath(new AttributePath(ENTERPRISE, "manager", "value"), null, null)),
        arguments(
            CORE_USER + ":name.givenName",
            new PatchPath(new AttributePath(CORE_USER, "name", "givenName"), null, null)),
        arguments(
            CORE_USER + ":emails[type eq \"work\"].value",
            new PatchPath(
                new AttributePath(CORE_USER, "emails", null), eq("type", "work"), "value")),
        arguments(
            "emails[type eq \"work\" and primary eq true].display",
            new PatchPath(
                emails,
                and(eq("type", "work"), cmp("primary", Operator.EQ, JsonValue.TRUE)),
                "display")),
        arguments("emails[not (value pr)]", new PatchPath(emails, not(pr("value")), null)),
        arguments(
            "members[value eq \"u\"].$ref",
            new PatchPath(AttributePath.of("members"), eq("value", "u"), "$ref")),
        arguments(
            "EMAILS[TYPE EQ \"work\"]",
            new PatchPath(
                AttributePath.of("EMAILS"), cmp("TYPE", Operator.EQ, Trees.str("work")), null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validPaths")
  void parsesValidPath(String text, PatchPath expected) {
    assertEquals(expected, PatchPath.parse(text));
  }

  static Stream<String> invalidPaths() {
    return Stream.of(
        "",
        "   ",
        "\"\"",
        ".value",
        "emails[",
        "emails[type eq \"work\"]extra",
        "emails[type eq \"work\"] .value",
        "emails[type eq \"work\"].",
        "emails[type eq \"work\"].value.x",
        "emails[type eq \"work\"].value eq \"x\"",
        "emails[type eq \"work\"]]",
        "emails[type eq]",
        "emails[type xx \"work\"]",
        "emails[value[type eq \"work\"]]",
        "emails[]",
        "emails]",
        "[type eq \"work\"]",
        "name.familyName[type eq \"work\"]",
        "name.familyName.x",
        "name.",
        "userName eq \"x\"",
        "userName pr",
        "(userName)",
        "not (userName)",
        "1userName",
        "urn:a",
        ENTERPRISE + ":",
        "emails[type eq \"work\"" + "]".repeat(2),
        "x".repeat(10_001));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidPaths")
  void rejectsInvalidPath(String text) {
    ScimException e = assertThrows(ScimException.class, () -> PatchPath.parse(text));
    assertEquals(400, e.status());
    assertEquals(ScimType.INVALID_PATH, e.scimType());
    assertTrue(e.detail().startsWith("Invalid path"), e.detail());
  }

  @Test
  void rejectsNull() {
    ScimException e = assertThrows(ScimException.class, () -> PatchPath.parse(null));
    assertEquals(ScimType.INVALID_PATH, e.scimType());
  }
}
