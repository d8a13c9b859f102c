package io.roster.scim.patch;

import static io.roster.scim.patch.TestJson.object;
import static io.roster.scim.patch.TestJson.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.schema.ResourceSchema;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchEngineTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static final JsonObject USER =
      object(
          "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u1','userName':'ann',"
              + "'active':true,'name':{'givenName':'Ann','familyName':'Lee'},"
              + "'emails':[{'value':'ann@work.com','type':'work','primary':true},"
              + "{'value':'ann@home.com','type':'home'}],"
              + "'meta':{'resourceType':'User','created':'2024-01-01T00:00:00Z',"
              + "'lastModified':'2024-01-01T00:00:00Z','version':'W/1'}}");

  private static final JsonObject ENTERPRISE_USER =
      with(
          USER,
          "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
              + ENTERPRISE
              + "'],'"
              + ENTERPRISE
              + "':{'employeeNumber':'7','manager':{'value':'m0','displayName':'Max'}}}");

  private static final JsonObject GROUP =
      object(
          "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'g1',"
              + "'displayName':'Eng','members':[{'value':'u1','display':'Ann'}],"
              + "'meta':{'resourceType':'Group','version':'W/1'}}");

  private static Arguments user(String name, JsonObject before, String ops, JsonObject expected) {
    return Arguments.of(name, ResourceSchema.USER, before, ops, expected);
  }

  private static Arguments group(String name, String ops, JsonObject expected) {
    return Arguments.of(name, ResourceSchema.GROUP, GROUP, ops, expected);
  }

  static Stream<Arguments> successes() {
    return Stream.of(
        // Okta
        user(
            "okta deactivate without path",
            USER,
            "[{'op':'replace','value':{'active':false}}]",
            with(USER, "{'active':false}")),
        user(
            "okta profile replace without path, echoing id, schemas and meta",
            USER,
            "[{'op':'replace','value':{'id':'u1','schemas':['x'],'meta':{'version':'W/9'},"
                + "'displayName':'Ann Lee','unknownThing':1}}]",
            with(USER, "{'displayName':'Ann Lee'}")),
        // Entra
        user(
            "entra Replace active with string False",
            USER,
            "[{'op':'Replace','path':'active','value':'False'}]",
            with(USER, "{'active':false}")),
        user(
            "entra Replace active with string True",
            with(USER, "{'active':false}"),
            "[{'op':'Replace','path':'active','value':'True'}]",
            USER),
        user(
            "entra Add for an absent attribute",
            USER,
            "[{'op':'Add','path':'title','value':'Boss'}]",
            with(USER, "{'title':'Boss'}")),
        user(
            "entra manager as plain id string",
            USER,
            "[{'op':'Add','path':'" + ENTERPRISE + ":manager','value':'m1'}]",
            with(
                USER,
                "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                    + ENTERPRISE
                    + "'],'"
                    + ENTERPRISE
                    + "':{'manager':{'value':'m1'}}}")),
        user(
            "entra path-less with dotted and URN keys",
            USER,
            "[{'op':'Replace','value':{'name.givenName':'Jo','"
                + ENTERPRISE
                + ":department':'R&D','"
                + ENTERPRISE
                + ":manager.value':'m2'}}]",
            with(
                USER,
                "{'name':{'givenName':'Jo','familyName':'Lee'},"
                    + "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                    + ENTERPRISE
                    + "'],'"
                    + ENTERPRISE
                    + "':{'department':'R&D','manager':{'value':'m2'}}}")),
        user(
            "entra work email value replaced",
            USER,
            "[{'op':'Replace','path':'emails[type eq `work`].value','value':'ann@new.com'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@new.com','type':'work','primary':true},"
                    + "{'value':'ann@home.com','type':'home'}]}")),
        user(
            "entra work phone created when there is none",
            USER,
            "[{'op':'Add','path':'phoneNumbers[type eq `work`].value','value':'555'}]",
            with(USER, "{'phoneNumbers':[{'type':'work','value':'555'}]}")),
        user(
            "entra replace creates a missing email from an and-of-eq filter",
            USER,
            "[{'op':'Replace','path':'emails[type eq `other` and display eq `x`].value',"
                + "'value':'o@x.com'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true},"
                    + "{'value':'ann@home.com','type':'home'},"
                    + "{'type':'other','display':'x','value':'o@x.com'}]}")),
        // Plain paths
        user(
            "sub-attribute replace",
            USER,
            "[{'op':'replace','path':'name.familyName','value':'Kim'}]",
            with(USER, "{'name':{'givenName':'Ann','familyName':'Kim'}}")),
        user(
            "sub-attribute add to an absent complex attribute",
            with(USER, "{'name':null}"),
            "[{'op':'add','path':'name.middleName','value':'Q'}]",
            with(USER, "{'name':{'middleName':'Q'}}")),
        user(
            "sub-attribute remove",
            USER,
            "[{'op':'remove','path':'name.givenName'}]",
            with(USER, "{'name':{'familyName':'Lee'}}")),
        user(
            "removing the last sub-attribute unassigns the attribute",
            with(USER, "{'name':{'givenName':'Ann'}}"),
            "[{'op':'remove','path':'name.givenName'}]",
            with(USER, "{'name':null}")),
        user(
            "complex replace merges sub-attributes",
            USER,
            "[{'op':'replace','path':'name','value':{'givenName':'Jo'}}]",
            with(USER, "{'name':{'givenName':'Jo','familyName':'Lee'}}")),
        user(
            "path-less replace merges complex attributes",
            USER,
            "[{'op':'replace','value':{'name':{'GIVENNAME':'Jo'}}}]",
            with(USER, "{'name':{'givenName':'Jo','familyName':'Lee'}}")),
        user(
            "attribute names are case-insensitive and written canonically",
            USER,
            "[{'op':'add','path':'DISPLAYNAME','value':'A'},"
                + "{'op':'add','value':{'NickName':'Annie'}}]",
            with(USER, "{'displayName':'A','nickName':'Annie'}")),
        user(
            "core URN-prefixed path",
            USER,
            "[{'op':'replace','path':'urn:ietf:params:scim:schemas:core:2.0:User:userName',"
                + "'value':'ann2'}]",
            with(USER, "{'userName':'ann2'}")),
        user(
            "path-less null clears an attribute",
            with(USER, "{'title':'Boss'}"),
            "[{'op':'replace','value':{'title':null}}]",
            USER),
        user(
            "removing an absent attribute is a no-op",
            USER,
            "[{'op':'remove','path':'title'}]",
            USER),
        user(
            "path-less id equal to the current one is accepted",
            USER,
            "[{'op':'add','value':{'id':'u1'}}]",
            USER),
        // Multi-valued
        user(
            "replace a multi-valued attribute without filter swaps the list",
            USER,
            "[{'op':'replace','path':'emails','value':[{'value':'a@b.c','type':'work'}]}]",
            with(USER, "{'emails':[{'value':'a@b.c','type':'work'}]}")),
        user(
            "add appends and skips elements already present",
            USER,
            "[{'op':'add','path':'emails','value':[{'value':'ann@home.com','type':'home'},"
                + "{'value':'x@y.z','type':'other'}]}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true},"
                    + "{'value':'ann@home.com','type':'home'},{'value':'x@y.z','type':'other'}]}")),
        user(
            "path-less add appends to a multi-valued attribute",
            USER,
            "[{'op':'add','value':{'emails':[{'value':'x@y.z'}]}}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true},"
                    + "{'value':'ann@home.com','type':'home'},{'value':'x@y.z'}]}")),
        user(
            "a single element without array is accepted",
            USER,
            "[{'op':'replace','path':'emails','value':{'value':'a@b.c'}}]",
            with(USER, "{'emails':[{'value':'a@b.c'}]}")),
        user(
            "adding a primary element clears the old primary",
            USER,
            "[{'op':'add','path':'emails','value':[{'value':'x@y.z','primary':true}]}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':false},"
                    + "{'value':'ann@home.com','type':'home'},{'value':'x@y.z','primary':true}]}")),
        user(
            "making an element primary through a filter clears the old primary",
            USER,
            "[{'op':'replace','path':'emails[type eq `home`].primary','value':true}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':false},"
                    + "{'value':'ann@home.com','type':'home','primary':true}]}")),
        user(
            "filtered replace merges the value into matching elements",
            USER,
            "[{'op':'replace','path':'emails[type eq `work`]','value':{'value':'n@w.com'}}]",
            with(
                USER,
                "{'emails':[{'value':'n@w.com','type':'work','primary':true},"
                    + "{'value':'ann@home.com','type':'home'}]}")),
        user(
            "filtered remove drops matching elements",
            USER,
            "[{'op':'remove','path':'emails[type eq `home`]'}]",
            with(USER, "{'emails':[{'value':'ann@work.com','type':'work','primary':true}]}")),
        user(
            "filtered remove matching nothing is a no-op",
            USER,
            "[{'op':'remove','path':'emails[type eq `other`]'}]",
            USER),
        user(
            "filtered sub-attribute remove",
            USER,
            "[{'op':'remove','path':'emails[type eq `work`].primary'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work'},"
                    + "{'value':'ann@home.com','type':'home'}]}")),
        user(
            "filter strings compare case-insensitively unless caseExact",
            USER,
            "[{'op':'replace','path':'emails[TYPE eq `WORK`].display','value':'W'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true,'display':'W'},"
                    + "{'value':'ann@home.com','type':'home'}]}")),
        user(
            "filter with or, not, ew and pr",
            USER,
            "[{'op':'replace','path':'emails[(value ew `@home.com` or primary eq true)"
                + " and not (display pr)].display','value':'D'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true,'display':'D'},"
                    + "{'value':'ann@home.com','type':'home','display':'D'}]}")),
        user(
            "sub-attribute of a multi-valued attribute without filter applies to every element",
            USER,
            "[{'op':'replace','path':'emails.display','value':'D'}]",
            with(
                USER,
                "{'emails':[{'value':'ann@work.com','type':'work','primary':true,'display':'D'},"
                    + "{'value':'ann@home.com','type':'home','display':'D'}]}")),
        user(
            "removing the whole multi-valued attribute",
            USER,
            "[{'op':'remove','path':'emails'}]",
            with(USER, "{'emails':null}")),
        // Enterprise extension
        user(
            "extension attribute by URN path",
            ENTERPRISE_USER,
            "[{'op':'replace','path':'" + ENTERPRISE + ":employeeNumber','value':'8'}]",
            with(
                ENTERPRISE_USER,
                "{'"
                    + ENTERPRISE
                    + "':{'employeeNumber':'8','manager':{'value':'m0','displayName':'Max'}}}")),
        user(
            "extension sub-attribute by URN path",
            ENTERPRISE_USER,
            "[{'op':'replace','path':'" + ENTERPRISE + ":manager.value','value':'m9'}]",
            with(
                ENTERPRISE_USER,
                "{'"
                    + ENTERPRISE
                    + "':{'employeeNumber':'7','manager':{'value':'m9','displayName':'Max'}}}")),
        user(
            "manager replace merges and ignores the readOnly displayName",
            ENTERPRISE_USER,
            "[{'op':'replace','path':'"
                + ENTERPRISE
                + ":manager',"
                + "'value':{'value':'m9','displayName':'Someone'}}]",
            with(
                ENTERPRISE_USER,
                "{'"
                    + ENTERPRISE
                    + "':{'employeeNumber':'7','manager':{'value':'m9','displayName':'Max'}}}")),
        user(
            "path-less extension object",
            ENTERPRISE_USER,
            "[{'op':'add','value':{'" + ENTERPRISE + "':{'department':'Ops','costcenter':'C1'}}}]",
            with(
                ENTERPRISE_USER,
                "{'"
                    + ENTERPRISE
                    + "':{'employeeNumber':'7','manager':{'value':'m0','displayName':'Max'},"
                    + "'department':'Ops','costCenter':'C1'}}")),
        user(
            "whole extension by path",
            USER,
            "[{'op':'add','path':'" + ENTERPRISE + "','value':{'division':'D'}}]",
            with(
                USER,
                "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                    + ENTERPRISE
                    + "'],'"
                    + ENTERPRISE
                    + "':{'division':'D'}}")),
        user(
            "removing the last extension attributes drops the extension and its schema",
            ENTERPRISE_USER,
            "[{'op':'remove','path':'"
                + ENTERPRISE
                + ":employeeNumber'},"
                + "{'op':'remove','path':'"
                + ENTERPRISE
                + ":manager'}]",
            USER),
        // Groups
        group(
            "okta rename echoing the same id",
            "[{'op':'replace','value':{'id':'g1','displayName':'Platform'}}]",
            with(GROUP, "{'displayName':'Platform'}")),
        group(
            "okta add members",
            "[{'op':'add','path':'members','value':[{'value':'u2','display':'Bob'}]}]",
            with(
                GROUP,
                "{'members':[{'value':'u1','display':'Ann'},{'value':'u2','display':'Bob'}]}")),
        group(
            "okta remove member by filter",
            "[{'op':'remove','path':'members[value eq `u1`]'}]",
            with(GROUP, "{'members':null}")),
        group(
            "okta replace all members",
            "[{'op':'replace','path':'members','value':[{'value':'u7'},{'value':'u8'}]}]",
            with(GROUP, "{'members':[{'value':'u7'},{'value':'u8'}]}")),
        group(
            "entra Add members skips one already present",
            "[{'op':'Add','path':'members','value':[{'value':'u1'},{'value':'u3'}]}]",
            with(GROUP, "{'members':[{'value':'u1','display':'Ann'},{'value':'u3'}]}")),
        group(
            "entra Remove members by value",
            "[{'op':'Add','path':'members','value':[{'value':'u3'}]},"
                + "{'op':'Remove','path':'members','value':[{'value':'u1'}]}]",
            with(GROUP, "{'members':[{'value':'u3'}]}")),
        group(
            "members display may change",
            "[{'op':'replace','path':'members[value eq `u1`].display','value':'Ann L'}]",
            with(GROUP, "{'members':[{'value':'u1','display':'Ann L'}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void applies(
      String name, ResourceSchema schema, JsonObject before, String ops, JsonObject expected) {
    assertEquals(expected, PatchEngine.apply(before, parse(ops), schema));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "unknown attribute",
            "[{'op':'add','path':'shoeSize','value':'9'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "unknown sub-attribute",
            "[{'op':'add','path':'name.nick','value':'x'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "unknown extension attribute",
            "[{'op':'add','path':'" + ENTERPRISE + ":shoeSize','value':'9'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "extension attribute without its URN",
            "[{'op':'add','path':'employeeNumber','value':'9'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "filter on a single-valued attribute",
            "[{'op':'replace','path':'name[givenName eq `Ann`].familyName','value':'x'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "filter naming an unknown sub-attribute",
            "[{'op':'remove','path':'emails[kind eq `work`]'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "unknown sub-attribute after a filter",
            "[{'op':'replace','path':'emails[type eq `work`].label','value':'x'}]",
            ScimType.INVALID_PATH),
        Arguments.of(
            "filtered replace matching nothing",
            "[{'op':'replace','path':'emails[type eq `other`]','value':{'value':'o@x.com'}}]",
            ScimType.NO_TARGET),
        Arguments.of(
            "filtered sub-attribute replace matching nothing with a non-equality filter",
            "[{'op':'replace','path':'emails[value co `nowhere`].display','value':'x'}]",
            ScimType.NO_TARGET),
        Arguments.of(
            "path-less id differing from the current one",
            "[{'op':'replace','value':{'id':'u2','displayName':'x'}}]",
            ScimType.MUTABILITY),
        Arguments.of(
            "id by path", "[{'op':'replace','path':'id','value':'u2'}]", ScimType.MUTABILITY),
        Arguments.of(
            "meta sub-attribute",
            "[{'op':'replace','path':'meta.lastModified','value':'2025-01-01T00:00:00Z'}]",
            ScimType.MUTABILITY),
        Arguments.of(
            "readOnly groups",
            "[{'op':'add','path':'groups','value':[{'value':'g1'}]}]",
            ScimType.MUTABILITY),
        Arguments.of(
            "readOnly sub-attribute by path",
            "[{'op':'add','path':'" + ENTERPRISE + ":manager.displayName','value':'x'}]",
            ScimType.MUTABILITY),
        Arguments.of(
            "remove required userName",
            "[{'op':'remove','path':'userName'}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "boolean that is not true or false",
            "[{'op':'replace','path':'active','value':'maybe'}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "object for a string",
            "[{'op':'replace','path':'title','value':{'x':1}}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "number for a string in a path-less value",
            "[{'op':'replace','value':{'displayName':5}}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "string for a complex attribute without value",
            "[{'op':'replace','path':'name','value':'Ann'}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "path-less value that is not an object",
            "[{'op':'replace','value':'x'}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "extension key holding a non-object",
            "[{'op':'replace','value':{'" + ENTERPRISE + "':'x'}}]",
            ScimType.INVALID_VALUE),
        Arguments.of(
            "ordering on a boolean in a value filter",
            "[{'op':'remove','path':'emails[primary gt `x`]'}]",
            ScimType.INVALID_PATH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void refuses(String name, String ops, ScimType expected) {
    ScimException e =
        assertThrows(
            ScimException.class,
            () -> PatchEngine.apply(ENTERPRISE_USER, parse(ops), ResourceSchema.USER));
    assertEquals(expected, e.scimType());
    assertEquals(400, e.status());
  }

  @Test
  void immutableMemberValueCannotChange() {
    ScimException e =
        assertThrows(
            ScimException.class,
            () ->
                PatchEngine.apply(
                    GROUP,
                    parse("[{'op':'replace','path':'members[value eq `u1`].value','value':'u9'}]"),
                    ResourceSchema.GROUP));
    assertEquals(ScimType.MUTABILITY, e.scimType());
  }

  @Test
  void failingThirdOperationLeavesTheInputUnchanged() {
    JsonObject before = object(USER.toString());
    String ops =
        "[{'op':'replace','path':'title','value':'Boss'},"
            + "{'op':'replace','path':'active','value':false},"
            + "{'op':'replace','path':'id','value':'other'}]";
    assertThrows(
        ScimException.class, () -> PatchEngine.apply(USER, parse(ops), ResourceSchema.USER));
    assertEquals(before, USER);
  }

  private static java.util.List<PatchOperation> parse(String operations) {
    return PatchRequest.parse(
        object(
            "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':"
                + operations
                + "}"));
  }
}
