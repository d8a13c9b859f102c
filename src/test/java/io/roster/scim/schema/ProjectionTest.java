package io.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.scim.json.Jsons;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionTest {
  private static final String ENTERPRISE = EnterpriseUserSchema.URN;
  private static final String SCHEMAS =
      "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','" + ENTERPRISE + "']";
  private static final String META = "'meta':{'resourceType':'User','version':'W/1'}";

  private static final JsonObject USER =
      json(
          "{"
              + SCHEMAS
              + ",'id':'u1','userName':'ann','password':'secret',"
              + "'name':{'givenName':'Ann','familyName':'Lee'},"
              + "'emails':[{'value':'a@w.com','type':'work'},{'value':'a@h.com','type':'home'}],"
              + META
              + ",'"
              + ENTERPRISE
              + "':{'employeeNumber':'7','manager':{'value':'m0','displayName':'Max'}}}");

  private static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }

  @ParameterizedTest(name = "attributes={0} excludedAttributes={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // nothing asked: everything but password
        " | | {SCHEMAS,'id':'u1','userName':'ann','name':{'givenName':'Ann','familyName':'Lee'},"
            + "'emails':[{'value':'a@w.com','type':'work'},{'value':'a@h.com','type':'home'}],META,"
            + "'EXT':{'employeeNumber':'7','manager':{'value':'m0','displayName':'Max'}}}",
        "userName | | {SCHEMAS,'id':'u1','userName':'ann'}",
        "USERNAME, password,shoeSize | | {SCHEMAS,'id':'u1','userName':'ann'}",
        "name.givenName | | {SCHEMAS,'id':'u1','name':{'givenName':'Ann'}}",
        "urn:ietf:params:scim:schemas:core:2.0:User:emails.value | | "
            + "{SCHEMAS,'id':'u1','emails':[{'value':'a@w.com'},{'value':'a@h.com'}]}",
        "EXT:manager.value | | {SCHEMAS,'id':'u1','EXT':{'manager':{'value':'m0'}}}",
        "EXT | |"
            + " {SCHEMAS,'id':'u1',"
            + "'EXT':{'employeeNumber':'7','manager':{'value':'m0','displayName':'Max'}}}",
        "meta,id | userName | {SCHEMAS,'id':'u1',META}",
        " | emails,name.familyName,EXT:employeeNumber,id,meta | "
            + "{SCHEMAS,'id':'u1','userName':'ann','name':{'givenName':'Ann'},"
            + "'EXT':{'manager':{'value':'m0','displayName':'Max'}}}",
        " | EXT:employeeNumber,EXT:manager,name,emails,meta | {SCHEMAS,'id':'u1','userName':'ann'}",
        " | EXT,userName,name,emails,meta | {SCHEMAS,'id':'u1'}",
      })
  void projects(String attributes, String excluded, String expected) {
    JsonObject want =
        json(expected.replace("SCHEMAS", SCHEMAS).replace("META", META).replace("EXT", ENTERPRISE));
    Projection projection =
        Projection.parse(
            attributes == null ? null : attributes.replace("EXT", ENTERPRISE),
            excluded == null ? null : excluded.replace("EXT", ENTERPRISE),
            ResourceSchema.USER);
    assertEquals(want, projection.apply(USER));
  }

  @Test
  void defaultProjectionLeavesAResourceWithNothingHiddenAsItIs() {
    JsonObject withoutPassword = Jsons.createObjectBuilder(USER).remove("password").build();
    assertSame(withoutPassword, Projection.defaults(ResourceSchema.USER).apply(withoutPassword));
    assertFalse(Projection.defaults(ResourceSchema.USER).apply(USER).containsKey("password"));
  }

  @Test
  void includesAnswersBeforeLoading() {
    Projection excluded = Projection.parse(null, "members", ResourceSchema.GROUP);
    assertFalse(excluded.includes("members"));
    assertTrue(excluded.includes("displayName"));
    Projection named = Projection.parse("displayName", null, ResourceSchema.GROUP);
    assertFalse(named.includes("members"));
    assertTrue(named.includes("id"));
    assertTrue(Projection.parse("members.value", "", ResourceSchema.GROUP).includes("members"));
    assertTrue(Projection.defaults(ResourceSchema.GROUP).includes("members"));
    assertFalse(Projection.defaults(ResourceSchema.USER).includes("password"));
    assertTrue(
        Projection.parse(ENTERPRISE + ":manager", null, ResourceSchema.USER).includes(ENTERPRISE));
    assertFalse(
        Projection.parse(null, ENTERPRISE, ResourceSchema.USER)
            .includes(ENTERPRISE + ":manager.value"));
    assertThrows(IllegalArgumentException.class, () -> named.includes("shoeSize"));
  }
}
