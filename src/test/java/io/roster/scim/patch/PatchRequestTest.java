package io.roster.scim.patch;

import static io.roster.scim.patch.TestJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.filter.AttributePath;
import io.roster.scim.patch.PatchOperation.Op;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchRequestTest {
  private static final String SCHEMAS =
      "'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp']";

  @Test
  void readsOktaBody() {
    List<PatchOperation> ops =
        PatchRequest.parse(
            object(
                "{"
                    + SCHEMAS
                    + ",'Operations':[{'op':'replace','value':{'active':false}},"
                    + "{'op':'remove','path':'members[value eq `u1`]'}]}"));
    assertEquals(2, ops.size());
    assertEquals(Op.REPLACE, ops.get(0).op());
    assertNull(ops.get(0).path());
    assertEquals(object("{'active':false}"), ops.get(0).value());
    assertEquals(Op.REMOVE, ops.get(1).op());
    assertEquals(AttributePath.of("members"), ops.get(1).path().attribute());
    assertNull(ops.get(1).value());
  }

  @Test
  void readsEntraBodyWithCapitalizedOpAndLowerCaseOperationsKey() {
    List<PatchOperation> ops =
        PatchRequest.parse(
            object(
                "{"
                    + SCHEMAS
                    + ",'operations':[{'op':'Replace','path':'active','value':'False'},"
                    + "{'op':'Add','path':'urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
                    + "User:manager','value':'m1'}]}"));
    assertEquals(List.of(Op.REPLACE, Op.ADD), ops.stream().map(PatchOperation::op).toList());
    assertEquals(
        new AttributePath(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", null),
        ops.get(1).path().attribute());
  }

  @Test
  void capsTheOperationsOfOneRequestAtOneThousand() {
    String op = "{'op':'replace','path':'title','value':'x'}";
    String atCap = "{" + SCHEMAS + ",'Operations':[" + (op + ",").repeat(999) + op + "]}";
    assertEquals(1_000, PatchRequest.parse(object(atCap)).size());
    String overCap = "{" + SCHEMAS + ",'Operations':[" + (op + ",").repeat(1_000) + op + "]}";
    ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(object(overCap)));
    assertEquals(ScimType.INVALID_VALUE, e.scimType());
    assertEquals("A PATCH request may have at most 1000 operations", e.detail());
  }

  @Test
  void blankPathMeansNoPath() {
    List<PatchOperation> ops =
        PatchRequest.parse(
            object(
                "{" + SCHEMAS + ",'Operations':[{'op':'add','path':'','value':{'title':'x'}}]}"));
    assertNull(ops.get(0).path());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no schemas | {'Operations':[{'op':'add','path':'title','value':'x'}]} | INVALID_SYNTAX",
        "wrong schema |"
            + " {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
            + "'Operations':[{'op':'add','path':'title','value':'x'}]}"
            + " | INVALID_SYNTAX",
        "no Operations | {SCHEMAS} | INVALID_SYNTAX",
        "empty Operations | {SCHEMAS,'Operations':[]} | INVALID_SYNTAX",
        "Operations not array | {SCHEMAS,'Operations':{'op':'add'}} | INVALID_SYNTAX",
        "operation not object | {SCHEMAS,'Operations':['add']} | INVALID_SYNTAX",
        "op missing | {SCHEMAS,'Operations':[{'path':'title','value':'x'}]} | INVALID_SYNTAX",
        "unknown op | {SCHEMAS,'Operations':[{'op':'move','path':'title','value':'x'}]} |"
            + " INVALID_SYNTAX",
        "remove without path | {SCHEMAS,'Operations':[{'op':'remove'}]} | NO_TARGET",
        "add without value | {SCHEMAS,'Operations':[{'op':'add','path':'title'}]} | INVALID_VALUE",
        "replace with null value |"
            + " {SCHEMAS,'Operations':[{'op':'replace','path':'title','value':null}]} |"
            + " INVALID_VALUE",
        "malformed path | {SCHEMAS,'Operations':[{'op':'add','path':'emails[type eq','value':'x'}]}"
            + " | INVALID_PATH",
        "path not string | {SCHEMAS,'Operations':[{'op':'add','path':3,'value':'x'}]} |"
            + " INVALID_PATH",
      })
  void rejects(String name, String body, ScimType expected) {
    ScimException e =
        assertThrows(
            ScimException.class,
            () -> PatchRequest.parse(object(body.replace("SCHEMAS", SCHEMAS))));
    assertEquals(expected, e.scimType());
    assertEquals(400, e.status());
  }
}
