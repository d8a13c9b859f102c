package io.roster.scim.http;

import io.roster.scim.error.ScimType;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or not the JSON shape expected: 400 invalidSyntax, saying where the
 * parse failed.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonException> {
  @Override
  public Response toResponse(JsonException e) {
    return ScimErrors.response(
        400,
        ScimType.INVALID_SYNTAX,
        RequestFailures.jsonProblem(e).orElse("The request body is not valid JSON"));
  }
}
