package io.roster.bulk;

import io.roster.scim.error.ScimException;
import io.roster.scim.http.DatabaseOutage;
import io.roster.scim.http.RequestFailures;
import io.roster.scim.json.Jsons;
import io.roster.scim.protocol.ResourceWrites;
import io.roster.scim.protocol.ResourceWrites.Written;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Carries out a bulk request: operation after operation in {@link BulkPlan} order, each through its
 * resource type's {@link ResourceWrites}, so each is one transaction of its own (as RFC 7644 §3.7
 * allows: a bulk request is not atomic). A failed operation changes nothing and is reported with
 * the error its single request would have had; the others go on, until failOnErrors errors. This
 * class itself holds no transaction, on purpose.
 */
@ApplicationScoped
public class BulkService {
  private static final Logger LOG = Logger.getLogger(BulkService.class.getName());

  @Inject Instance<ResourceWrites> types;

  /** The outcomes, in the order the operations were carried out (circular ones last). */
  List<BulkOutcome> run(BulkRequest request) {
    BulkPlan plan = BulkPlan.of(request.operations());
    Map<String, ResourceWrites> byEndpoint = new HashMap<>();
    types.forEach(t -> byEndpoint.put(t.endpoint().toLowerCase(Locale.ROOT), t));
    Map<String, String> created = new HashMap<>();
    List<BulkOutcome> outcomes = new ArrayList<>(request.operations().size());
    int errors = 0;
    for (BulkOperation op : plan.order()) {
      if (request.failOnErrors() > 0 && errors >= request.failOnErrors()) {
        return outcomes;
      }
      BulkOutcome outcome;
      try {
        outcome = carryOut(op, byEndpoint, created);
      } catch (ScimException e) {
        outcome = BulkOutcome.failed(op, e);
      } catch (JsonException e) {
        outcome = BulkOutcome.failed(op, ScimException.invalidSyntax(e.getMessage()));
      } catch (RuntimeException e) {
        if (DatabaseOutage.cause(e).isPresent()) {
          // Every later operation would fail the same way; what is done stays done.
          outcomes.add(
              BulkOutcome.failed(
                  op, new ScimException(503, null, "The database is unavailable; retry later")));
          return outcomes;
        }
        outcome =
            BulkOutcome.failed(op, new ScimException(500, null, RequestFailures.logged(LOG, e)));
      }
      if (outcome.error() != null) {
        errors++;
      }
      outcomes.add(outcome);
    }
    for (BulkOperation op : plan.circular()) {
      if (request.failOnErrors() > 0 && errors >= request.failOnErrors()) {
        break;
      }
      errors++;
      outcomes.add(
          BulkOutcome.failed(
              op,
              new ScimException(
                  409,
                  null,
                  "The bulkId references of this operation go round in a circle (or depend on"
                      + " operations whose references do): create the resources first, then"
                      + " PATCH the references in")));
    }
    return outcomes;
  }

  private static BulkOutcome carryOut(
      BulkOperation op, Map<String, ResourceWrites> byEndpoint, Map<String, String> created) {
    String method = op.method() == null ? "" : op.method().toUpperCase(Locale.ROOT);
    if (op.path() == null) {
      throw ScimException.invalidValue("A bulk operation needs a path, such as /Users");
    }
    String[] path = op.path().replaceFirst("^/", "").split("/", -1);
    ResourceWrites type = byEndpoint.get(path[0].toLowerCase(Locale.ROOT));
    if (type == null || path.length > 2) {
      throw ScimException.notFound("No resource type at " + op.path());
    }
    String id = path.length == 2 ? resolve(path[1], created) : null;
    JsonObject data = op.data() == null ? null : (JsonObject) resolve(op.data(), created);
    switch (method) {
      case "POST" -> {
        if (id != null) {
          throw ScimException.invalidValue("POST goes to a resource type's path, such as /Users");
        }
        Written written = type.create(required(data));
        if (op.bulkId() != null) {
          created.put(op.bulkId(), written.id());
        }
        return success(op, 201, type, written);
      }
      case "PUT" -> {
        return success(op, 200, type, type.replace(required(id, op), required(data), op.version()));
      }
      case "PATCH" -> {
        return success(op, 200, type, type.patch(required(id, op), required(data), op.version()));
      }
      case "DELETE" -> {
        type.delete(required(id, op), op.version());
        return new BulkOutcome(op, 204, type.endpoint() + "/" + id, null, null);
      }
      default ->
          throw ScimException.invalidValue(
              "A bulk operation's method is POST, PUT, PATCH or DELETE, not " + op.method());
    }
  }

  private static BulkOutcome success(BulkOperation op, int status, ResourceWrites type, Written w) {
    return new BulkOutcome(op, status, type.endpoint() + "/" + w.id(), w.version(), null);
  }

  /** {@code bulkId:x} replaced by the id of the resource the operation with bulkId x created. */
  private static JsonValue resolve(JsonValue value, Map<String, String> created) {
    if (value instanceof JsonString s) {
      return s.getString().startsWith(BulkOperation.REFERENCE)
          ? Jsons.createValue(resolve(s.getString(), created))
          : s;
    }
    if (value instanceof JsonObject o) {
      JsonObjectBuilder copy = Jsons.createObjectBuilder();
      o.forEach((k, v) -> copy.add(k, resolve(v, created)));
      return copy.build();
    }
    if (value instanceof JsonArray a) {
      JsonArrayBuilder copy = Jsons.createArrayBuilder();
      a.forEach(v -> copy.add(resolve(v, created)));
      return copy.build();
    }
    return value;
  }

  private static String resolve(String text, Map<String, String> created) {
    if (!text.startsWith(BulkOperation.REFERENCE)) {
      return text;
    }
    String bulkId = text.substring(BulkOperation.REFERENCE.length());
    String id = created.get(bulkId);
    if (id == null) {
      throw new ScimException(
          409,
          null,
          "bulkId "
              + bulkId
              + " names no resource this request created: no POST has that"
              + " bulkId, or it failed");
    }
    return id;
  }

  private static JsonObject required(JsonObject data) {
    if (data == null) {
      throw ScimException.invalidSyntax("This bulk operation needs data, a JSON object");
    }
    return data;
  }

  private static String required(String id, BulkOperation op) {
    if (id == null || id.isEmpty()) {
      throw ScimException.invalidValue(
          op.method() + " goes to one resource's path, such as /Users/<id>, not " + op.path());
    }
    return id;
  }
}
