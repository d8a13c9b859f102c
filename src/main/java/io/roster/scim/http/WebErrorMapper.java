package io.roster.scim.http;

import io.roster.scim.error.ScimType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * JAX-RS's own refusals (unknown path 404, wrong method 405, unsupported media type 415, unreadable
 * body 400) as SCIM errors naming what was refused, instead of the container's default pages.
 * invalidSyntax only when the body really could not be read.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
  private static final Logger LOG = Logger.getLogger(WebErrorMapper.class.getName());

  @Context Request request;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return ScimErrors.response(500, null, RequestFailures.logged(LOG, e));
    }
    Optional<String> json = status == 400 ? RequestFailures.jsonProblem(e) : Optional.empty();
    if (json.isPresent()) {
      return ScimErrors.response(400, ScimType.INVALID_SYNTAX, json.get());
    }
    String detail = RequestFailures.refusal(e, RequestFailures.Request.of(request, uri, headers));
    Response answer = ScimErrors.response(status, null, detail);
    return status == 405
        ? Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build()
        : answer;
  }
}
