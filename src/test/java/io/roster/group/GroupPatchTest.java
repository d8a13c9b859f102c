package io.roster.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.scim.error.ScimException;
import io.roster.scim.error.ScimType;
import io.roster.scim.patch.PatchRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a Group PATCH splits into member changes and attribute changes, for every shape Okta and
 * Entra send. A plan reads as {@code <attribute operations> <member changes>}; U1 and U2 are ids.
 */
class GroupPatchTest {
  static final String U1 = "00000000-0000-0000-0000-000000000001";
  static final String U2 = "00000000-0000-0000-0000-000000000002";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "add a list | {'op':'add','path':'members','value':[{'value':'U1'},{'value':'U2'}]}"
            + " | 0 [Add[userIds=[U1, U2]]]",
        "Entra adds one object | {'op':'Add','path':'members','value':{'value':'U1'}}"
            + " | 0 [Add[userIds=[U1]]]",
        "remove by filter | {'op':'remove','path':'members[value eq \\'U1\\']'}"
            + " | 0 [Remove[userIds=[U1]]]",
        "remove by or-ed filters"
            + " | {'op':'remove','path':'members[value eq \\'U1\\' or value eq \\'U2\\']'}"
            + " | 0 [Remove[userIds=[U1, U2]]]",
        "remove by value | {'op':'remove','path':'members','value':[{'value':'U2'}]}"
            + " | 0 [Remove[userIds=[U2]]]",
        "remove all | {'op':'remove','path':'members'} | 0 [RemoveAll[]]",
        "replace all | {'op':'replace','path':'members','value':[{'value':'U1'}]}"
            + " | 0 [Replace[userIds=[U1]]]",
        "replace with none | {'op':'replace','path':'members','value':[]} | 0 [Replace[userIds=[]]]",
        "Okta rename with members"
            + " | {'op':'replace','value':{'id':'g','displayName':'New','members':[{'value':'U1'}]}}"
            + " | 1 [Replace[userIds=[U1]]]",
        "pathless add of members | {'op':'add','value':{'members':[{'value':'U2'}]}}"
            + " | 0 [Add[userIds=[U2]]]",
        "rename only | {'op':'replace','path':'displayName','value':'New'} | 1 []",
        "Members in capitals | {'op':'add','path':'Members','value':[{'value':'U1'}]}"
            + " | 0 [Add[userIds=[U1]]]",
        "two operations in order"
            + " | {'op':'add','path':'members','value':[{'value':'U1'}]},"
            + "{'op':'remove','path':'members[value eq \\'U2\\']'}"
            + " | 0 [Add[userIds=[U1]], Remove[userIds=[U2]]]",
      })
  void plans(String name, String operations, String plan) {
    GroupPatch.Plan actual = GroupPatch.plan(PatchRequest.parse(body(operations)));
    assertEquals(
        plan,
        (actual.attributeChanges().size() + " " + actual.memberChanges())
            .replace(U1, "U1")
            .replace(U2, "U2"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "filter on add | {'op':'add','path':'members[value eq \\'U1\\']','value':[]} | INVALID_PATH",
        "sub-attribute path | {'op':'replace','path':'members.value','value':'U1'} | INVALID_PATH",
        "filter on display | {'op':'remove','path':'members[display eq \\'x\\']'} | INVALID_FILTER",
        "and-ed filter"
            + " | {'op':'remove','path':'members[value eq \\'U1\\' and value eq \\'U2\\']'}"
            + " | INVALID_FILTER",
        "ne filter | {'op':'remove','path':'members[value ne \\'U1\\']'} | INVALID_FILTER",
        "not a uuid | {'op':'add','path':'members','value':[{'value':'bob'}]} | INVALID_VALUE",
        "uuid in filter not a uuid | {'op':'remove','path':'members[value eq \\'bob\\']'}"
            + " | INVALID_VALUE",
        "no value | {'op':'add','path':'members','value':[{'display':'bob'}]} | INVALID_VALUE",
        "pathless non-object | {'op':'replace','value':'x'} | INVALID_VALUE",
      })
  void rejects(String name, String operations, ScimType expected) {
    ScimException e =
        assertThrows(
            ScimException.class, () -> GroupPatch.plan(PatchRequest.parse(body(operations))));
    assertEquals(expected, e.scimType());
    assertEquals(400, e.status());
  }

  private static JsonObject body(String operations) {
    String json =
        ("{'schemas':['" + PatchRequest.URN + "'],'Operations':[" + operations + "]}")
            .replace("\\'", "\\\"")
            .replace('\'', '"')
            .replace("U1", U1)
            .replace("U2", U2);
    return Json.createReader(new StringReader(json)).readObject();
  }
}
