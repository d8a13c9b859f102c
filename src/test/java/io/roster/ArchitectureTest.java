package io.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure rules the code grows on, checked on the compiled classes with the JDK's own {@code
 * jdeps}, so that a new feature cannot quietly undo them.
 */
class ArchitectureTest {
  private static final String ROOT = "io.roster.";
  private static final Map<String, Set<String>> CLASS_DEPENDENCIES = new HashMap<>();

  @BeforeAll
  static void readDependencies() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:class",
            "-filter:none",
            "target/classes");
    assertEquals(0, exit, "jdeps failed");
    for (String line : out.toString().split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith(ROOT)) {
        CLASS_DEPENDENCIES
            .computeIfAbsent(outer(parts[0]), k -> new TreeSet<>())
            .add(outer(parts[2]));
      }
    }
  }

  @Test
  void packagesFormNoCycle() {
    Map<String, Set<String>> packages = new HashMap<>();
    CLASS_DEPENDENCIES.forEach(
        (from, targets) ->
            targets.stream()
                .filter(to -> to.startsWith(ROOT) && !pkg(to).equals(pkg(from)))
                .forEach(
                    to -> packages.computeIfAbsent(pkg(from), k -> new TreeSet<>()).add(pkg(to))));
    List<String> cycles = new ArrayList<>();
    for (String start : packages.keySet()) {
      for (String next : packages.get(start)) {
        if (reaches(packages, next, start, new TreeSet<>())) {
          cycles.add(start + " -> " + next + " -> ... -> " + start);
        }
      }
    }
    assertEquals(List.of(), cycles);
  }

  @Test
  void theProtocolSpeaksHttpOnlyInItsHttpPackage() {
    assertEquals(
        List.of(),
        violations(
            c -> c.startsWith(ROOT + "scim.") && !c.startsWith(ROOT + "scim.http."),
            t -> t.startsWith("jakarta.ws.rs.") || t.startsWith(ROOT + "scim.http.")));
  }

  @Test
  void theProtocolImportsNoFeatureAndNoPersistence() {
    assertEquals(
        List.of(),
        violations(
            c -> c.startsWith(ROOT + "scim."),
            t ->
                t.startsWith("jakarta.persistence.")
                    || t.startsWith("jakarta.faces.")
                    || (t.startsWith(ROOT) && !t.startsWith(ROOT + "scim."))));
  }

  @Test
  void storageAndServicesKnowNothingOfHttp() {
    assertEquals(
        List.of(),
        violations(
            c ->
                c.startsWith(ROOT + "persistence.")
                    || ((c.startsWith(ROOT + "user.") || c.startsWith(ROOT + "group."))
                        && !c.endsWith("Resource")),
            t -> t.startsWith(ROOT + "scim.http.") || t.startsWith("jakarta.ws.rs.")));
  }

  /**
   * The console is the top: SSO and every feature below it share the sign-in session through {@code
   * session}, never through the console's own classes.
   */
  @Test
  void nothingOutsideTheConsoleUsesIt() {
    assertEquals(
        List.of(),
        violations(c -> !c.startsWith(ROOT + "console."), t -> t.startsWith(ROOT + "console.")));
  }

  private static List<String> violations(
      java.util.function.Predicate<String> from, java.util.function.Predicate<String> forbidden) {
    return CLASS_DEPENDENCIES.entrySet().stream()
        .filter(e -> from.test(e.getKey()))
        .flatMap(e -> e.getValue().stream().filter(forbidden).map(t -> e.getKey() + " -> " + t))
        .sorted()
        .collect(Collectors.toList());
  }

  private static boolean reaches(
      Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    return graph.getOrDefault(from, Set.of()).stream()
        .anyMatch(next -> reaches(graph, next, target, seen));
  }

  private static String outer(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private static String pkg(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }
}
