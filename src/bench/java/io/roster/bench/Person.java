package io.roster.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The seeded user number {@code index}, derived from the index alone: the seeder, the scenarios and
 * a later run agree on every id and attribute without reading them back.
 */
record Person(int index, String given, String family, String department, String title) {
  static final String DOMAIN = "bench.example.com";

  private static final List<String> GIVEN =
      List.of(
          "Ada",
          "Alan",
          "Grace",
          "Linus",
          "Margaret",
          "Dennis",
          "Barbara",
          "Ken",
          "Frances",
          "Edsger",
          "Radia",
          "Tim",
          "Hedy",
          "John",
          "Katherine",
          "Donald",
          "Sophie",
          "Niklaus",
          "Mary",
          "Bjarne",
          "Annie",
          "Guido",
          "Jean",
          "James",
          "Shafi",
          "Leslie",
          "Lynn",
          "Adele",
          "Yukihiro",
          "Anita",
          "Fernando",
          "Amara",
          "Chen",
          "Priya",
          "Kwame",
          "Ingrid",
          "Mateo",
          "Aiko",
          "Olga",
          "Rafael");
  private static final List<String> FAMILY =
      List.of(
          "Lovelace",
          "Turing",
          "Hopper",
          "Torvalds",
          "Hamilton",
          "Ritchie",
          "Liskov",
          "Thompson",
          "Allen",
          "Dijkstra",
          "Perlman",
          "Berners-Lee",
          "Lamarr",
          "McCarthy",
          "Johnson",
          "Knuth",
          "Wilson",
          "Wirth",
          "Keller",
          "Stroustrup",
          "Easley",
          "van Rossum",
          "Sammet",
          "Gosling",
          "Goldwasser",
          "Lamport",
          "Conway",
          "Goldberg",
          "Matsumoto",
          "Borg",
          "Corbato",
          "Okafor",
          "Wei",
          "Raman",
          "Mensah",
          "Larsen",
          "Garcia",
          "Tanaka",
          "Ivanova",
          "Costa",
          "Nakamura");
  private static final List<String> DEPARTMENTS =
      List.of(
          "Engineering",
          "Sales",
          "Marketing",
          "Finance",
          "Support",
          "Operations",
          "Legal",
          "People",
          "Product",
          "Design");
  private static final List<String> TITLES =
      List.of("Associate", "Specialist", "Senior Specialist", "Lead", "Manager", "Director");
  private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP");
  private static final List<String> ZONES =
      List.of("America/New_York", "Europe/London", "Europe/Berlin", "Europe/Paris", "Asia/Tokyo");
  private static final List<String> DIVISIONS = List.of("Americas", "EMEA", "APAC");

  static Person of(int index) {
    int h = Integer.rotateLeft(index * 0x9E3779B1, 7);
    String department = DEPARTMENTS.get(Math.floorMod(index, DEPARTMENTS.size()));
    return new Person(
        index,
        GIVEN.get(Math.floorMod(h, GIVEN.size())),
        FAMILY.get(Math.floorMod(h >>> 11, FAMILY.size())),
        department,
        TITLES.get(Math.floorMod(h >>> 19, TITLES.size())) + ", " + department);
  }

  UUID id() {
    return uuid("user-" + index);
  }

  String externalId() {
    return uuid("external-" + index).toString();
  }

  String userName() {
    return slug(given) + "." + slug(family) + "." + employeeNumber() + "@" + DOMAIN;
  }

  String homeEmail() {
    return slug(given) + slug(family) + index + "@mail.example.org";
  }

  String displayName() {
    return given + " " + family;
  }

  String employeeNumber() {
    return String.format(Locale.ROOT, "%06d", index);
  }

  String costCenter() {
    return "CC-" + (100 + Math.floorMod(index, 37));
  }

  String division() {
    return DIVISIONS.get(Math.floorMod(index, DIVISIONS.size()));
  }

  String locale() {
    return LOCALES.get(Math.floorMod(index, LOCALES.size()));
  }

  String timezone() {
    return ZONES.get(Math.floorMod(index, ZONES.size()));
  }

  /** Teams of 25 report to their first member; those report to nobody in the directory. */
  Person manager() {
    return index % 25 == 0 ? null : of(index - index % 25);
  }

  static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(("roster-bench-" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
