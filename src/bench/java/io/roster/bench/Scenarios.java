package io.roster.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The issue's scenarios (the full import is {@link ImportRun}), by the names the table shows. */
final class Scenarios {
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** The first user no seeded group but a team contains: membership scenarios use these. */
  private static final int OUTSIDERS = Directory.LARGE_GROUP_SIZE;

  /** Numbers new userNames across all rows of a run: contexts restart their iteration per row. */
  private static final AtomicLong CREATED = new AtomicLong();

  static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
  private static final int BULK_SIZE = 1000;

  /** The cursor of page-cursor-deep points at the user index paging reaches with 90,001. */
  private static final int DEEP_POSITION = 90_000;

  private Scenarios() {}

  /**
   * A cursor to the page after the first {@code position} users, by walking nextCursor once (pages
   * of 200, the maximum). It stays valid for the server's cursorTimeout (600 s by default), longer
   * than the rows that use it.
   */
  private static String cursorAt(Http http, int position) {
    String cursor = "";
    for (int seen = 0; seen < position; seen += 200) {
      try {
        Http.Answer answer =
            http.exchange(
                Http.Call.get(
                    "/scim/Users?excludedAttributes=emails,groups&count="
                        + Math.min(200, position - seen)
                        + "&cursor="
                        + cursor));
        if (answer.status() != 200) {
          throw new IllegalStateException("walking the cursor: " + answer.status());
        }
        try (JsonReader reader =
            UserJson.JSON.createReader(new ByteArrayInputStream(answer.body()))) {
          cursor = reader.readObject().getString("nextCursor");
        }
      } catch (java.io.IOException e) {
        throw new IllegalStateException("walking the cursor", e);
      }
    }
    return cursor;
  }

  /** A userName no run has used, in the domain each run deletes first. */
  private static String newUserName(Person p, String runTag) {
    return p.given().toLowerCase(Locale.ROOT)
        + "."
        + runTag
        + "."
        + CREATED.incrementAndGet()
        + "@"
        + Directory.NEW_USER_DOMAIN;
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  static List<Scenario> all(String runTag, Http http, Directory directory) {
    Supplier<String> deepCursor = memoized(() -> cursorAt(http, DEEP_POSITION));
    return List.of(
        new Scenario(
            "get-user",
            "GET /scim/Users/{id}, random user",
            c -> Http.Call.get("/scim/Users/" + Person.of(c.randomUser()).id())),
        new Scenario(
            "filter-username",
            "GET /scim/Users?filter=userName eq \"...\", random user, random letter case",
            c ->
                Http.Call.get(
                    "/scim/Users?filter="
                        + Http.query(
                            "userName eq \""
                                + randomCase(Person.of(c.randomUser()).userName(), c)
                                + "\""))),
        new Scenario(
            "page-first",
            "GET /scim/Users?startIndex=1&count=100",
            c -> Http.Call.get("/scim/Users?startIndex=1&count=100")),
        new Scenario(
            "page-deep",
            "GET /scim/Users?startIndex=90001&count=100",
            c -> Http.Call.get("/scim/Users?startIndex=90001&count=100")),
        new Scenario(
            "page-cursor-first",
            "GET /scim/Users?cursor=&count=100 (RFC 9865), the first page by cursor",
            c -> Http.Call.get("/scim/Users?cursor=&count=100")),
        new Scenario(
            "page-cursor-deep",
            "GET /scim/Users?cursor=...&count=100, the cursor of user 90,001 (walked to once)",
            c -> Http.Call.get("/scim/Users?count=100&cursor=" + deepCursor.get()),
            deepCursor::get),
        new Scenario(
            "post-user",
            "POST /scim/Users, a new user each time",
            c -> {
              Person p = Person.of(c.randomUser());
              return Http.Call.send(
                  "POST", "/scim/Users", UserJson.of(p, newUserName(p, runTag), p.title()));
            }),
        new Scenario(
            "put-user",
            "PUT /scim/Users/{id}, whole user with a changed title",
            c -> {
              Person p = Person.of(c.ownUser(0, directory.users(), c.iteration));
              String title = p.title() + (c.iteration % 2 == 0 ? " (acting)" : "");
              return Http.Call.send(
                  "PUT", "/scim/Users/" + p.id(), UserJson.of(p, p.userName(), title));
            }),
        new Scenario(
            "patch-active",
            "PATCH /scim/Users/{id} active false, then true (Okta's path-less replace)",
            c -> {
              Person p = Person.of(c.ownUser(0, directory.users(), c.iteration / 2));
              return Http.Call.send("PATCH", "/scim/Users/" + p.id(), active(c.iteration % 2 == 1));
            }),
        new Scenario(
            "bulk-create",
            "POST /scim/Bulk of 1,000 user creates (users/s = req/s x 1,000)",
            c -> {
              JsonArrayBuilder operations = UserJson.JSON.createArrayBuilder();
              for (int i = 0; i < BULK_SIZE; i++) {
                Person p = Person.of(c.randomUser());
                operations.add(
                    UserJson.JSON
                        .createObjectBuilder()
                        .add("method", "POST")
                        .add("path", "/Users")
                        .add("bulkId", "u" + i)
                        .add("data", UserJson.of(p, newUserName(p, runTag), p.title())));
              }
              return Http.Call.send(
                  "POST",
                  "/scim/Bulk",
                  UserJson.JSON
                      .createObjectBuilder()
                      .add("schemas", UserJson.JSON.createArrayBuilder().add(BULK_REQUEST))
                      .add("Operations", operations)
                      .build());
            }),
        membership("group-small", Directory.SMALL_GROUP, Directory.SMALL_GROUP_SIZE, directory),
        membership("group-large", Directory.LARGE_GROUP, Directory.LARGE_GROUP_SIZE, directory),
        new Scenario(
            "group-large-get",
            "GET /scim/Groups/{id} of the group of " + Directory.LARGE_GROUP_SIZE + " members",
            c -> Http.Call.get("/scim/Groups/" + Directory.groupId(Directory.LARGE_GROUP))),
        new Scenario(
            "group-filter",
            "GET /scim/Groups?excludedAttributes=members&filter=displayName eq \"...\"",
            c ->
                Http.Call.get(
                    "/scim/Groups?excludedAttributes=members&filter="
                        + Http.query(
                            "displayName eq \""
                                + Directory.groupName(c.random.nextInt(directory.groups()))
                                + "\""))),
        new Scenario(
            "access",
            "GET /api/access/{userName}, random user",
            c -> Http.Call.get("/api/access/" + Http.query(Person.of(c.randomUser()).userName()))));
  }

  /**
   * The read scenarios in turn, to bring a freshly started server's JIT-compiled code to its steady
   * state before anything is measured; reads, so that the measured directory stays the seeded one.
   */
  static Scenario readMix(Map<String, Scenario> catalogue) {
    List<Scenario> reads =
        Stream.of("get-user", "filter-username", "page-first", "group-filter", "access")
            .map(catalogue::get)
            .toList();
    return new Scenario(
        "server-warm-up",
        "the read scenarios in turn",
        c -> reads.get((int) (c.iteration % reads.size())).next().apply(c));
  }

  private static Scenario membership(String name, int group, int size, Directory directory) {
    UUID groupId = Directory.groupId(group);
    return new Scenario(
        name,
        "PATCH /scim/Groups/{id} add, then remove one member; group of " + size + " members",
        c -> {
          UUID user = Person.of(c.ownUser(OUTSIDERS, directory.users(), c.iteration / 2)).id();
          JsonObject operation =
              c.iteration % 2 == 0
                  ? UserJson.JSON
                      .createObjectBuilder()
                      .add("op", "add")
                      .add("path", "members")
                      .add(
                          "value",
                          UserJson.JSON
                              .createArrayBuilder()
                              .add(
                                  UserJson.JSON
                                      .createObjectBuilder()
                                      .add("value", user.toString())))
                      .build()
                  : UserJson.JSON
                      .createObjectBuilder()
                      .add("op", "remove")
                      .add("path", "members[value eq \"" + user + "\"]")
                      .build();
          return Http.Call.send("PATCH", "/scim/Groups/" + groupId, patch(operation));
        });
  }

  static JsonObject active(boolean active) {
    return patch(
        UserJson.JSON
            .createObjectBuilder()
            .add("op", "replace")
            .add("value", UserJson.JSON.createObjectBuilder().add("active", active))
            .build());
  }

  private static JsonObject patch(JsonObject operation) {
    return UserJson.JSON
        .createObjectBuilder()
        .add("schemas", UserJson.JSON.createArrayBuilder().add(PATCH_OP))
        .add("Operations", UserJson.JSON.createArrayBuilder().add(operation))
        .build();
  }

  private static String randomCase(String s, ClientContext c) {
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      out.append(c.random.nextBoolean() ? Character.toUpperCase(ch) : ch);
    }
    return out.toString();
  }
}
