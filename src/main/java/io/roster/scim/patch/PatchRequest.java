package io.roster.scim.patch;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.PatchPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a PATCH request body (RFC 7644 §3.5.2) into operations without applying them, so a caller
 * may apply some itself (e.g. Group member changes straight in SQL) and the rest with {@link
 * PatchEngine}. Member names ({@code Operations}, {@code op}, {@code path}, {@code value}) match
 * case-insensitively because clients differ in their spelling.
 */
public final class PatchRequest {
  public static final String URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** Far above what an identity provider sends in one request, low enough to bound its cost. */
  public static final int MAX_OPERATIONS = 1_000;

  private PatchRequest() {}

  /**
   * @throws ScimException invalidSyntax for a missing PatchOp schema, a missing or empty {@code
   *     Operations} array, a malformed entry or an unknown op; invalidValue for more than {@link
   *     #MAX_OPERATIONS} operations; noTarget for a remove without path; invalidValue for an add or
   *     replace without value; invalidPath for a malformed path
   */
  public static List<PatchOperation> parse(JsonObject body) {
    if (!(member(body, "schemas") instanceof JsonArray schemas)
        || schemas.stream()
            .noneMatch(s -> s instanceof JsonString u && u.getString().equalsIgnoreCase(URN))) {
      throw ScimException.invalidSyntax("A PATCH request must list the schema " + URN);
    }
    if (!(member(body, "Operations") instanceof JsonArray operations) || operations.isEmpty()) {
      throw ScimException.invalidSyntax("A PATCH request needs a non-empty Operations array");
    }
    if (operations.size() > MAX_OPERATIONS) {
      throw ScimException.invalidValue(
          "A PATCH request may have at most " + MAX_OPERATIONS + " operations");
    }
    List<PatchOperation> result = new ArrayList<>(operations.size());
    for (JsonValue entry : operations) {
      if (!(entry instanceof JsonObject operation)) {
        throw ScimException.invalidSyntax("Each PATCH operation must be a JSON object");
      }
      result.add(operation(operation));
    }
    return List.copyOf(result);
  }

  private static PatchOperation operation(JsonObject operation) {
    if (!(member(operation, "op") instanceof JsonString opText)) {
      throw ScimException.invalidSyntax("A PATCH operation needs an \"op\" string");
    }
    PatchOperation.Op op =
        PatchOperation.Op.parse(opText.getString())
            .orElseThrow(
                () ->
                    ScimException.invalidSyntax("Unknown PATCH op \"" + opText.getString() + "\""));
    PatchPath path = path(member(operation, "path"));
    JsonValue value = member(operation, "value");
    if (value == JsonValue.NULL) {
      value = null;
    }
    if (op == PatchOperation.Op.REMOVE && path == null) {
      throw ScimException.noTarget("A remove operation needs a path");
    }
    if (op != PatchOperation.Op.REMOVE && value == null) {
      throw ScimException.invalidValue("The " + op.wire() + " operation needs a value");
    }
    return new PatchOperation(op, path, value);
  }

  /** Null for an absent, null or blank path: all three mean "no path". */
  private static PatchPath path(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw ScimException.invalidPath("A PATCH path must be a string");
    }
    return text.getString().isBlank() ? null : PatchPath.parse(text.getString().trim());
  }

  private static JsonValue member(JsonObject object, String name) {
    JsonValue exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    return object.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
