package io.roster.persistence;

import static io.roster.testing.ScimClient.q;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.testing.RosterDeployment;
import io.roster.testing.ScimClient;
import io.roster.testing.ScimTestAccess;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Filters and sortBy as PostgreSQL evaluates them, one table row per case: every stored attribute
 * of the attribute tables, each operator and type, element rows, precedence and the errors. Three
 * users (a, b, c) and two groups (g1 with a and b, g2 empty) exist only for this test; every filter
 * is narrowed to them, so other tests' rows never count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilterTranslationIT {
  static final String ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  final ScimClient scim = ScimTestAccess.client();
  final String tag = "ft" + UUID.randomUUID().toString().substring(0, 8);

  /** Fixture name (a, b, c, g1, g2) to id. */
  final Map<String, String> ids = new HashMap<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Test
  void userFiltersMatchTheRowsTheySay() {
    createFixtures();
    List<String[]> table =
        List.of(
            row("userName eq \"TAG-A@X.TEST\"", "a"),
            row("externalId eq \"ext-a-tag\"", "a"),
            row("externalId eq \"EXT-A-tag\""),
            row("displayName co \"A\"", "a", "c"),
            row("nickName sw \"ANN\"", "a"),
            row("profileUrl ew \"/A\"", "a"),
            row("title eq \"lead\"", "a"),
            row("title co \"0%_\"", "b"),
            row("title co \"_\"", "b"),
            row("title co \"%\"", "b"),
            row("userType eq \"employee\"", "a"),
            row("preferredLanguage eq \"EN\"", "a"),
            row("locale sw \"de\"", "c"),
            row("timezone pr", "a"),
            row("active eq false", "b"),
            row("active eq true", "a", "c"),
            row("not (active eq true)", "b"),
            row("active ne true", "b"),
            row("name.formatted eq \"ann alpha\"", "a"),
            row("name.familyName gt \"alpha\"", "b"),
            row("name.givenName le \"bob\"", "a", "b"),
            row("name.middleName pr", "a"),
            row("name.honorificPrefix eq \"dr\"", "a"),
            row("name.honorificSuffix eq \"JR\"", "a"),
            row("name[givenName eq \"bob\"]", "b"),
            row("name.givenName ne \"ann\"", "b", "c"),
            row("profileUrl eq null", "b", "c"),
            row("meta.created gt \"2000-01-01T00:00:00Z\"", "a", "b", "c"),
            row("meta.lastModified lt \"2000-01-01T00:00:00Z\""),
            row("id eq \"{a}\"", "a"),
            row("id eq \"not-a-uuid\""),
            row("id ne \"not-a-uuid\"", "a", "b", "c"),
            row(ENT + ":employeeNumber eq \"200\"", "b"),
            row(ENT + ":employeeNumber lt \"200\"", "a"),
            row(ENT + ":costCenter eq \"cc1\"", "a"),
            row(ENT + ":organization eq \"org\"", "a"),
            row(ENT + ":division eq \"div\"", "a"),
            row(ENT + ":department eq \"dep\"", "a"),
            row(ENT + ":manager.value eq \"boss-1\"", "a"),
            // readOnly: what a client sends is dropped, so it is filterable but never set
            row(ENT + ":manager.displayName pr"),
            row("emails.value ew \"@MAIL.TEST\"", "a", "b"),
            row("emails eq \"b@mail.test\"", "b"),
            row("emails[type eq \"home\" and value sw \"A2\"]", "a"),
            row("emails[type eq \"home\" and value sw \"a1\"]"),
            row("emails[type eq \"work\" and primary eq true]", "a"),
            row("emails pr", "a", "b"),
            row("not (emails pr)", "c"),
            row("phoneNumbers[type eq \"mobile\"]", "a"),
            row("addresses.locality eq \"leeds\"", "a"),
            row("addresses eq \"1 high st\"", "a"),
            row("groups[value eq \"{g1}\"]", "a", "b"),
            row("groups.display eq \"TAG G1\"", "a", "b"),
            row("title pr or displayName pr and active eq false", "a", "b"),
            row("(title pr or displayName pr) and active eq true", "a", "c"),
            row("not (title pr) and displayName pr", "c"));
    assertAll(table.stream().map(r -> matches("Users", "userName sw \"" + tag + "\"", r)));
  }

  @Test
  void groupFiltersMatchTheRowsTheySay() {
    createFixtures();
    List<String[]> table =
        List.of(
            row("displayName eq \"tag g1\"", "g1"),
            row("externalId eq \"x2\"", "g2"),
            row("externalId eq \"X2\""),
            row("members[value eq \"{a}\"]", "g1"),
            row("members.value eq \"{c}\""),
            row("members.display co \"TAG-B\"", "g1"),
            row("not (members pr)", "g2"),
            row("id eq \"{g2}\"", "g2"),
            row("meta.lastModified gt \"2000-01-01T00:00:00Z\"", "g1", "g2"));
    assertAll(table.stream().map(r -> matches("Groups", "displayName sw \"" + tag + "\"", r)));
  }

  @Test
  void sortByOrdersByTheStoredColumnThenById() {
    createFixtures();
    List<String[]> table =
        List.of(
            row("userName", "a", "b", "c"),
            row("userName&sortOrder=descending", "c", "b", "a"),
            row("name.givenName", "a", "b", "c"),
            row("name.givenName&sortOrder=descending", "c", "b", "a"),
            row("title", "b", "a", "c"),
            row("displayName", "a", "c", "b"),
            row(ENT + ":employeeNumber", "a", "b", "c"),
            row("urn:ietf:params:scim:schemas:core:2.0:User:nickName", "a", "b", "c"));
    assertAll(
        table.stream()
            .map(
                r ->
                    () ->
                        assertEquals(
                            Arrays.asList(r).subList(1, r.length),
                            names(
                                scim.get(
                                        "/Users?sortBy="
                                            + r[0]
                                            + "&filter="
                                            + q("userName sw \"" + tag + "\""))
                                    .json()),
                            r[0])));
  }

  @Test
  void whatStorageCannotCompareIsTheClientsMistake() {
    List<String[]> table =
        List.of(
            row("filter=" + q("meta.created gt \"yesterday\""), "invalidFilter"),
            row("filter=" + q("meta.created eq 5"), "invalidFilter"),
            row("filter=" + q("active eq \"maybe\""), "invalidFilter"),
            row("filter=" + q("password eq \"x\""), "invalidFilter"),
            row("filter=" + q("nosuch eq \"x\""), "invalidFilter"),
            row("filter=" + q("name pr"), "invalidFilter"),
            row("filter=" + q("emails[nosuch eq \"x\"]"), "invalidFilter"),
            row("filter=" + q("id gt \"x\""), "invalidFilter"),
            row("sortBy=emails", "invalidValue"),
            row("sortBy=nosuch", "invalidValue"),
            row("sortBy=name", "invalidValue"));
    assertAll(
        table.stream()
            .map(
                r ->
                    () -> {
                      var response = scim.get("/Users?" + r[0]);
                      assertEquals(400, response.status(), r[0] + " " + response);
                      assertEquals(r[1], response.json().getString("scimType"), r[0]);
                    }));
  }

  private Executable matches(String endpoint, String scope, String[] r) {
    String filter = resolve(r[0]);
    return () ->
        assertEquals(
            Set.of(Arrays.copyOfRange(r, 1, r.length)),
            Set.copyOf(
                names(
                    scim.get(
                            "/"
                                + endpoint
                                + "?count=50&filter="
                                + q(scope + " and (" + filter + ")"))
                        .json())),
            filter);
  }

  /** The fixture names of a list answer's resources, in order. */
  private List<String> names(JsonObject page) {
    Map<String, String> byId =
        ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    return page.getJsonArray("Resources").stream()
        .map(r -> byId.getOrDefault(r.asJsonObject().getString("id"), "?"))
        .toList();
  }

  private static String[] row(String... cells) {
    return cells;
  }

  /** TAG is this run's tag; {a} the id of fixture a. */
  private String resolve(String filter) {
    String resolved = filter.replace("TAG", tag.toUpperCase()).replace("tag", tag);
    for (var e : ids.entrySet()) {
      resolved = resolved.replace("{" + e.getKey() + "}", e.getValue());
    }
    return resolved;
  }

  private void createFixtures() {
    Function<String, String> user =
        body -> {
          var created = scim.post("/Users", resolve(body.replace("ENT", ENT)).replace('\'', '"'));
          assertEquals(201, created.status(), created.toString());
          return created.json().getString("id");
        };
    ids.put(
        "a",
        user.apply(
            "{'userName':'tag-a@x.test','externalId':'ext-a-tag','displayName':'Ann A',"
                + "'nickName':'annie','profileUrl':'https://p/a','title':'Lead',"
                + "'userType':'Employee','preferredLanguage':'en','locale':'en-GB',"
                + "'timezone':'Europe/London','active':true,"
                + "'name':{'formatted':'Ann Alpha','givenName':'Ann','familyName':'Alpha',"
                + "'middleName':'M','honorificPrefix':'Dr','honorificSuffix':'Jr'},"
                + "'emails':[{'value':'a1@mail.test','type':'work','primary':true},"
                + "{'value':'a2@other.test','type':'home'}],"
                + "'phoneNumbers':[{'value':'+44 1','type':'mobile'}],"
                + "'addresses':[{'formatted':'1 High St','locality':'Leeds','country':'GB'}],"
                + "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','ENT'],"
                + "'ENT':{'employeeNumber':'100','costCenter':'CC1','organization':'Org',"
                + "'division':'Div','department':'Dep',"
                + "'manager':{'value':'boss-1','displayName':'Boss One'}}}"));
    ids.put(
        "b",
        user.apply(
            "{'userName':'tag-b@x.test','externalId':'ext-b-tag','active':false,"
                + "'nickName':'bobby','title':'Engineer 100%_x',"
                + "'name':{'givenName':'Bob','familyName':'Beta'},"
                + "'emails':[{'value':'b@mail.test','type':'work'}],"
                + "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','ENT'],"
                + "'ENT':{'employeeNumber':'200'}}"));
    ids.put(
        "c",
        user.apply(
            "{'userName':'tag-c@x.test','displayName':'Carl','nickName':'carl',"
                + "'locale':'de-DE'}"));
    ids.put("g1", group("{'displayName':'tag g1','members':[{'value':'{a}'},{'value':'{b}'}]}"));
    ids.put("g2", group("{'displayName':'tag g2','externalId':'x2'}"));
  }

  private String group(String body) {
    var created = scim.post("/Groups", resolve(body).replace('\'', '"'));
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }
}
