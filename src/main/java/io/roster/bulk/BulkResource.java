package io.roster.bulk;

import io.roster.scim.http.ScimBaseUrl;
import io.roster.scim.http.ScimConfig;
import io.roster.scim.http.ScimErrors;
import io.roster.scim.http.ScimMediaType;
import io.roster.scim.json.Jsons;
import io.roster.scim.protocol.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /scim/Bulk} (RFC 7644 §3.7): parses the BulkRequest, calls {@link BulkService},
 * shapes the BulkResponse. The body's size is capped before it is parsed (maxPayloadSize, by {@code
 * BodySizeLimit}); the operations are counted once it is (maxOperations). The answer is 200
 * whatever became of the operations: each carries its own status.
 */
@Path("Bulk")
@Produces(ScimMediaType.SCIM_JSON)
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
// One instance: @Context UriInfo is a proxy to the current request's, so nothing is built per
// request.
@ApplicationScoped
public class BulkResource {
  static final String RESPONSE_URN = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

  @Inject BulkService bulk;
  @Inject ScimConfig config;
  @Context UriInfo uri;

  @POST
  public JsonObject run(JsonObject body) {
    BulkRequest request = BulkRequest.parse(body, config.bulkMaxOperations());
    String base = ScimBaseUrl.of(uri);
    JsonArrayBuilder operations = Jsons.createArrayBuilder();
    for (BulkOutcome outcome : bulk.run(request)) {
      operations.add(shape(outcome, base));
    }
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(RESPONSE_URN))
        .add("Operations", operations)
        .build();
  }

  private static JsonObject shape(BulkOutcome outcome, String base) {
    BulkOperation op = outcome.operation();
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    if (op.method() != null) {
      json.add("method", op.method());
    }
    if (op.bulkId() != null) {
      json.add("bulkId", op.bulkId());
    }
    if (outcome.version() != null) {
      json.add("version", Versions.etag(outcome.version()));
    }
    if (outcome.resource() != null) {
      json.add("location", base + "/" + outcome.resource());
    }
    json.add("status", String.valueOf(outcome.status()));
    if (outcome.error() != null) {
      json.add(
          "response",
          ScimErrors.body(
              outcome.status(), outcome.error().scimType(), outcome.error().getMessage()));
    }
    return json.build();
  }
}
