package io.roster.user;

import static io.roster.testing.ScimClient.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Paging by cursor (RFC 9865) over real rows: every match once, in order, both ways. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CursorPagingIT {
  private static final int USERS = 23;

  final ScimClient scim = ScimTestAccess.client();
  private String marker;
  private final List<JsonObject> created = new ArrayList<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  /** USERS users with one title; every third without a displayName (a NULL sort value). */
  @BeforeEach
  void users() {
    marker = "cursor-" + UUID.randomUUID();
    for (int i = 0; i < USERS; i++) {
      String name = "%s-%02d-%s@example.com".formatted(marker, (i * 7) % USERS, UUID.randomUUID());
      String display = i % 3 == 0 ? "" : ",\"displayName\":\"D %02d\"".formatted(i % 5);
      var answer =
          scim.post(
              "/Users",
              "{\"userName\":\"%s\",\"title\":\"%s\"%s}".formatted(name, marker, display));
      assertEquals(201, answer.status(), answer.toString());
      created.add(answer.json());
    }
    // Someone else, whom the filter must leave out.
    scim.post("/Users", "{\"userName\":\"%s-other@example.com\"}".formatted(marker));
  }

  @Test
  void walksEveryFilteredUserOnceInSortOrderForwardAndBack() {
    String query = "filter=" + q("title eq \"" + marker + "\"") + "&sortBy=userName&count=5";
    List<JsonObject> pages = new ArrayList<>();
    JsonObject page = get("/Users?" + query + "&cursor");
    assertNull(page.get("previousCursor"));
    pages.add(page);
    while (page.containsKey("nextCursor")) {
      page = get("/Users?" + query + "&cursor=" + page.getString("nextCursor"));
      pages.add(page);
    }
    assertEquals(5, pages.size());
    for (JsonObject p : pages) {
      assertEquals(USERS, p.getInt("totalResults"));
      assertFalse(p.containsKey("startIndex"), "a cursor page has no fixed index");
    }
    List<String> forward = ids(pages);
    assertEquals(USERS, new HashSet<>(forward).size());
    assertEquals(sorted(Comparator.comparing(u -> u.getString("userName"))), forward);

    List<JsonObject> back = new ArrayList<>(List.of(page));
    while (page.containsKey("previousCursor")) {
      page = get("/Users?" + query + "&cursor=" + page.getString("previousCursor"));
      back.add(0, page);
    }
    assertEquals(forward, ids(back));
    assertEquals(5, back.size());
    assertEquals(5, back.get(0).getInt("itemsPerPage"), "the first page, reached backwards");
  }

  @Test
  void searchPagesByCursorWithADescendingSortOverMissingValues() {
    String filter = "title eq \\\"" + marker + "\\\"";
    String body =
        "{\"filter\":\"%s\",\"sortBy\":\"displayName\",\"sortOrder\":\"descending\",\"count\":4,\"cursor\":\"%s\"}";
    List<JsonObject> pages = new ArrayList<>();
    JsonObject page = search(body.formatted(filter, ""));
    pages.add(page);
    while (page.containsKey("nextCursor")) {
      page = search(body.formatted(filter, page.getString("nextCursor")));
      pages.add(page);
    }
    List<String> ids = ids(pages);
    assertEquals(USERS, new HashSet<>(ids).size());
    // PostgreSQL's order: descending puts users without a displayName first.
    Function<JsonObject, String> display = u -> u.getString("displayName", null);
    List<String> displays =
        ids.stream()
            .map(id -> created.stream().filter(u -> u.getString("id").equals(id)).findFirst())
            .map(u -> display.apply(u.orElseThrow()))
            .toList();
    int withoutValue = (USERS + 2) / 3;
    assertTrue(
        displays.subList(0, withoutValue).stream().allMatch(d -> d == null), displays::toString);
    List<String> valued = displays.subList(withoutValue, USERS);
    assertEquals(valued.stream().sorted(Comparator.reverseOrder()).toList(), valued);
  }

  @Test
  void groupsPageByCursorToo() {
    String groupMarker = "cursor-group-" + UUID.randomUUID();
    List<String> groupIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      var answer = scim.post("/Groups", "{\"displayName\":\"%s %d\"}".formatted(groupMarker, i));
      assertEquals(201, answer.status(), answer.toString());
      groupIds.add(answer.json().getString("id"));
    }
    String query =
        "filter=" + q("displayName sw \"" + groupMarker + "\"") + "&sortBy=displayName&count=2";
    JsonObject first = get("/Groups?" + query + "&cursor=");
    JsonObject second = get("/Groups?" + query + "&cursor=" + first.getString("nextCursor"));
    assertNull(second.get("nextCursor"));
    assertNotNull(second.get("previousCursor"));
    assertEquals(groupIds, ids(List.of(first, second)));
  }

  @Test
  void refusesCursorsThatDoNotFitTheRequest() {
    String query = "filter=" + q("title eq \"" + marker + "\"") + "&count=5";
    String next = get("/Users?" + query + "&cursor").getString("nextCursor");

    assertError(scim.get("/Users?" + query + "&cursor=" + next + "&startIndex=6"), "invalidValue");
    assertError(scim.get("/Users?" + query + "&cursor=bm90IGEgY3Vyc29y"), "invalidCursor");
    String tampered = (next.charAt(3) == 'A' ? "B" : "A");
    assertError(
        scim.get(
            "/Users?" + query + "&cursor=" + next.substring(0, 3) + tampered + next.substring(4)),
        "invalidCursor");
    assertError(
        scim.get("/Users?filter=" + q("title eq \"other\"") + "&count=5&cursor=" + next),
        "invalidCursor");
    assertError(scim.get("/Users?" + query + "&sortBy=userName&cursor=" + next), "invalidCursor");
    assertError(scim.get("/Groups?count=5&cursor=" + next), "invalidCursor");
    assertError(scim.post("/.search", "{\"cursor\":\"\",\"count\":5}"), "invalidValue");
  }

  @Test
  void serviceProviderConfigAdvertisesBothPagingMethods() {
    JsonObject pagination = get("/ServiceProviderConfig").getJsonObject("pagination");
    assertTrue(pagination.getBoolean("cursor"));
    assertTrue(pagination.getBoolean("index"));
    assertEquals("index", pagination.getString("defaultPaginationMethod"));
    assertTrue(pagination.getInt("cursorTimeout") > 0);
    assertTrue(pagination.getInt("maxPageSize") >= pagination.getInt("defaultPageSize"));
  }

  private JsonObject get(String path) {
    var answer = scim.get(path);
    assertEquals(200, answer.status(), answer.toString());
    return answer.json();
  }

  private JsonObject search(String body) {
    var answer = scim.post("/Users/.search", body);
    assertEquals(200, answer.status(), answer.toString());
    return answer.json();
  }

  private static void assertError(ScimClient.Response answer, String scimType) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(scimType, answer.json().getString("scimType"), answer.toString());
  }

  private List<String> sorted(Comparator<JsonObject> order) {
    return created.stream().sorted(order).map(u -> u.getString("id")).toList();
  }

  private static List<String> ids(List<JsonObject> pages) {
    return pages.stream()
        .flatMap(p -> p.getJsonArray("Resources").stream())
        .map(JsonValue::asJsonObject)
        .map(u -> u.getString("id"))
        .toList();
  }
}
