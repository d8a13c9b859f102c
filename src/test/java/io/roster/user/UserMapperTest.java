package io.roster.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roster.persistence.StoredAttribute;
import io.roster.scim.json.Jsons;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A normalized User resource survives storage: what PUT writes is what GET shows. */
class UserMapperTest {
  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'schemas':['CORE'],'userName':'ada','active':true}",
        "{'schemas':['CORE'],'userName':'ada','active':false,'externalId':'00u1'}",
        "{'schemas':['CORE'],'userName':'ada','active':true,"
            + "'name':{'givenName':'Ada','familyName':'Lovelace','honorificSuffix':'II'},"
            + "'displayName':'Ada L','nickName':'al','profileUrl':'https://x/ada','title':'Dr',"
            + "'userType':'Employee','preferredLanguage':'en','locale':'en-GB',"
            + "'timezone':'Europe/London'}",
        "{'schemas':['CORE','ENTERPRISE'],'userName':'ada','active':true,"
            + "'ENTERPRISE':{'employeeNumber':'7','costCenter':'C','organization':'O',"
            + "'division':'D','department':'Dep','manager':{'value':'boss','displayName':'B'}}}",
        "{'schemas':['CORE','ENTERPRISE'],'userName':'ada','active':true,"
            + "'ENTERPRISE':{'manager':{'displayName':'B'}}}",
        "{'schemas':['CORE'],'userName':'ada','active':true,"
            + "'emails':[{'value':'a@x','type':'work','primary':true},{'value':'b@x'}],"
            + "'addresses':[{'formatted':'1 Main St','locality':'Town','country':'UK'}],"
            + "'phoneNumbers':[{'value':'+44','type':'mobile'}]}"
      })
  void whatIsWrittenIsWhatIsShown(String resource) {
    JsonObject input = json(resource);
    assertEquals(input, withoutIdAndMeta(roundTrip(new UserEntity(), input)));
  }

  /** Every line of the attribute table reads the field it writes. */
  @Test
  void everyCopiedAttributeReadsWhatItWrites() {
    JsonObjectBuilder core = Jsons.createObjectBuilder();
    JsonObjectBuilder name = Jsons.createObjectBuilder();
    JsonObjectBuilder enterprise = Jsons.createObjectBuilder();
    JsonObjectBuilder manager = Jsons.createObjectBuilder();
    for (StoredAttribute<UserEntity> a : UserAttributes.TABLE) {
      if (a.copied()) {
        JsonObjectBuilder parent =
            a.in(null, null)
                ? core
                : a.in(null, "name") ? name : a.in(ENTERPRISE, null) ? enterprise : manager;
        parent.add(a.name(), a.path().toString());
      }
    }
    JsonObject input =
        core.add("schemas", Jsons.createArrayBuilder().add(CORE).add(ENTERPRISE))
            .add("userName", "ada")
            .add("active", true)
            .add("name", name)
            .add(ENTERPRISE, enterprise.add("manager", manager))
            .build();
    assertEquals(input, withoutIdAndMeta(roundTrip(new UserEntity(), input)));
  }

  /** PUT semantics: an attribute the resource leaves out is cleared. */
  @Test
  void whatTheResourceLeavesOutIsCleared() {
    UserEntity user = new UserEntity();
    roundTrip(
        user,
        json(
            "{'schemas':['CORE','ENTERPRISE'],'userName':'ada','active':true,'title':'Dr',"
                + "'name':{'givenName':'Ada'},'ENTERPRISE':{'manager':{'value':'boss'}}}"));
    JsonObject minimal = json("{'schemas':['CORE'],'userName':'ada','active':false}");
    assertEquals(minimal, withoutIdAndMeta(roundTrip(user, minimal)));
  }

  @Test
  void metaGroupsAndLinksComeFromTheRowAndTheBaseUrl() {
    UserEntity user = user();
    UUID group = UUID.randomUUID();
    JsonObject json =
        UserMapper.toJson(
            new StoredUser(user, List.of(), List.of(new GroupRef(group, "Admins")), false),
            "https://h/scim");
    assertEquals(
        json(
            "{'resourceType':'User','created':'2026-01-02T03:04:05.678Z',"
                + "'lastModified':'2026-01-02T03:04:05.678Z','version':'W/\\\"3\\\"',"
                + "'location':'https://h/scim/Users/"
                + user.id
                + "'}"),
        json.getJsonObject("meta"));
    assertEquals(
        json(
            "{'value':'"
                + group
                + "','display':'Admins','type':'direct','$ref':'https://h/scim/Groups/"
                + group
                + "'}"),
        json.getJsonArray("groups").getJsonObject(0));
    JsonObject withoutBase =
        UserMapper.toJson(new StoredUser(user, List.of(), List.of(), false), null);
    assertEquals(false, withoutBase.getJsonObject("meta").containsKey("location"));
    assertEquals(false, withoutBase.containsKey("groups"));
  }

  @Test
  void aManagerWhoIsAUserHasItsRefAndAnyOtherManagerNone() {
    UserEntity user = user();
    String boss = UUID.randomUUID().toString();
    UserMapper.apply(
        json("{'userName':'ada','ENTERPRISE':{'manager':{'value':'" + boss + "'}}}"), user);
    JsonObject known =
        UserMapper.toJson(new StoredUser(user, List.of(), List.of(), true), "https://h/scim");
    assertEquals(
        json("{'value':'" + boss + "','$ref':'https://h/scim/Users/" + boss + "'}"),
        known.getJsonObject(ENTERPRISE).getJsonObject("manager"));
    JsonObject unknown =
        UserMapper.toJson(new StoredUser(user, List.of(), List.of(), false), "https://h/scim");
    assertEquals(
        json("{'value':'" + boss + "'}"),
        unknown.getJsonObject(ENTERPRISE).getJsonObject("manager"));
  }

  @Test
  void primaryComesBackAsSentTrueFalseOrNotAtAll() {
    JsonObject input =
        json(
            "{'schemas':['CORE'],'userName':'ada','active':true,'emails':["
                + "{'value':'a@x','primary':true},{'value':'b@x','primary':false},{'value':'c@x'}]}");
    assertEquals(
        input.getJsonArray("emails"), roundTrip(new UserEntity(), input).getJsonArray("emails"));
  }

  private static JsonObject roundTrip(UserEntity user, JsonObject input) {
    if (user.id == null) {
      UUID id = UUID.randomUUID();
      user.id = id;
      user.created = OffsetDateTime.parse("2026-01-02T03:04:05.678Z");
      user.lastModified = user.created;
      user.version = 3;
    }
    UserMapper.apply(input, user);
    return UserMapper.toJson(
        new StoredUser(user, UserValues.toRows(user.id, input), List.of(), false), null);
  }

  private static UserEntity user() {
    UserEntity user = new UserEntity();
    roundTrip(user, json("{'schemas':['CORE'],'userName':'ada','active':true}"));
    return user;
  }

  private static JsonObject withoutIdAndMeta(JsonObject json) {
    JsonObjectBuilder copy = Jsons.createObjectBuilder(json);
    copy.remove("id");
    copy.remove("meta");
    return copy.build();
  }

  /** Single quotes for double, CORE and ENTERPRISE for the schema URNs. */
  private static JsonObject json(String text) {
    String full =
        text.replace("'CORE'", "'" + CORE + "'")
            .replace("'ENTERPRISE'", "'" + ENTERPRISE + "'")
            .replace('\'', '"');
    return Json.createReader(new StringReader(full)).readObject();
  }
}
