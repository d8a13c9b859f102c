package io.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roster.scim.error.ScimException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkPlanTest {
  @Test
  void forwardReferencesRunAfterTheirCreatorsAndTheRestInTheOrderSent() {
    BulkRequest request =
        parse(
            """
            {"Operations":[
              {"method":"POST","path":"/Groups","bulkId":"g",
               "data":{"members":[{"value":"bulkId:u2"},{"value":"bulkId:u1"}]}},
              {"method":"PATCH","path":"/Users/bulkId:u2","data":{}},
              {"method":"DELETE","path":"/Users/x"},
              {"method":"POST","path":"/Users","bulkId":"u1","data":{}},
              {"method":"POST","path":"/Users","bulkId":"u2","data":{}}
            ]}""");
    BulkPlan plan = BulkPlan.of(request.operations());
    assertEquals(List.of(2, 3, 4, 0, 1), indexes(plan.order()));
    assertEquals(List.of(), plan.circular());
  }

  @Test
  void aCircleAndWhatDependsOnItCannotBeOrdered() {
    BulkRequest request =
        parse(
            """
            {"Operations":[
              {"method":"POST","path":"/Groups","bulkId":"a","data":{"members":[{"value":"bulkId:b"}]}},
              {"method":"POST","path":"/Groups","bulkId":"b","data":{"members":[{"value":"bulkId:a"}]}},
              {"method":"PATCH","path":"/Groups/bulkId:a","data":{}},
              {"method":"POST","path":"/Groups","bulkId":"self","data":{"members":[{"value":"bulkId:self"}]}},
              {"method":"POST","path":"/Users","bulkId":"u","data":{}},
              {"method":"POST","path":"/Groups","data":{"members":[{"value":"bulkId:unknown"}]}}
            ]}""");
    BulkPlan plan = BulkPlan.of(request.operations());
    assertEquals(List.of(4, 5), indexes(plan.order()));
    assertEquals(List.of(0, 1, 2, 3), indexes(plan.circular()));
  }

  @Test
  void whatMakesTheWholeRequestMeaninglessIsRefused() {
    assertEquals(413, refusal("{\"Operations\":[{},{},{}]}", 2).status());
    assertEquals(400, refusal("{\"operations\":{}}", 10).status());
    assertEquals(
        400,
        refusal(
                "{\"Operations\":[{\"method\":\"POST\",\"bulkId\":\"x\"},{\"method\":\"POST\",\"bulkId\":\"x\"}]}",
                10)
            .status());
    assertEquals(400, refusal("{\"failOnErrors\":0,\"Operations\":[]}", 10).status());
    assertEquals(2, parse("{\"failOnErrors\":2,\"operations\":[]}").failOnErrors());
  }

  private static ScimException refusal(String body, int maxOperations) {
    return assertThrows(ScimException.class, () -> BulkRequest.parse(json(body), maxOperations));
  }

  private static BulkRequest parse(String body) {
    return BulkRequest.parse(json(body), 1000);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new java.io.StringReader(body)).readObject();
  }

  private static List<Integer> indexes(List<BulkOperation> ops) {
    return ops.stream().map(BulkOperation::index).toList();
  }
}
