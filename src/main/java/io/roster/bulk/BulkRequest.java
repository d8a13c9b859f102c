package io.roster.bulk;

import io.roster.scim.error.ScimException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A BulkRequest body (RFC 7644 §3.7.1): its operations and {@code failOnErrors}. Only what makes
 * the whole request meaningless is refused here (no operations list, more than maxOperations, two
 * operations with one bulkId); the rest is each operation's own error.
 *
 * @param failOnErrors stop after this many errors; 0 to carry out every operation
 */
record BulkRequest(List<BulkOperation> operations, int failOnErrors) {
  static final String URN = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  static BulkRequest parse(JsonObject body, int maxOperations) {
    JsonValue list =
        body.containsKey("Operations") ? body.get("Operations") : body.get("operations");
    if (!(list instanceof JsonArray array)) {
      throw ScimException.invalidSyntax("A BulkRequest lists its operations in Operations");
    }
    if (array.size() > maxOperations) {
      throw new ScimException(
          413,
          null,
          "The bulk request has "
              + array.size()
              + " operations; maxOperations is "
              + maxOperations);
    }
    List<BulkOperation> operations = new ArrayList<>(array.size());
    Set<String> bulkIds = new HashSet<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject op)) {
        throw ScimException.invalidSyntax("Each bulk operation is a JSON object");
      }
      String bulkId = text(op, "bulkId");
      if (bulkId != null && !bulkIds.add(bulkId)) {
        throw ScimException.invalidValue("bulkId " + bulkId + " names two operations");
      }
      operations.add(
          new BulkOperation(
              operations.size(),
              text(op, "method"),
              bulkId,
              text(op, "version"),
              text(op, "path"),
              op.get("data") instanceof JsonObject data ? data : null));
    }
    return new BulkRequest(operations, failOnErrors(body));
  }

  private static int failOnErrors(JsonObject body) {
    JsonValue value = body.get("failOnErrors");
    if (value == null || value == JsonValue.NULL) {
      return 0;
    }
    if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 1) {
      return (int) Math.min(Integer.MAX_VALUE, n.longValue());
    }
    throw ScimException.invalidValue("failOnErrors is a positive integer");
  }

  private static String text(JsonObject op, String name) {
    return op.get(name) instanceof JsonString s ? s.getString() : null;
  }
}
