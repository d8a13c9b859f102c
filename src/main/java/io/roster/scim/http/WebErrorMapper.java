package io.roster.scim.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path 404, wrong method 405, unsupported media type 415, unreadable
 * body 400) as SCIM errors instead of the container's default pages.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 400) {
      return ScimErrors.response(
          400, io.roster.scim.error.ScimType.INVALID_SYNTAX, "The request body is not valid JSON");
    }
    String reason = e.getResponse().getStatusInfo().getReasonPhrase();
    return ScimErrors.response(status, null, reason);
  }
}
