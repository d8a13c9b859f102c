package io.roster.api;

import io.roster.scim.http.RequestFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every failure under {@code /api} in the one JSON shape of {@link ApiErrors}. A 4xx says what was
 * wrong: the resource's message (written for the admin to read, never a secret), or what JAX-RS
 * refused, or where the body failed to parse. Anything else is a 500 with only a reference to the
 * cause, which is logged. One mapper for {@code Throwable}, so that no failure reaches the
 * container's own HTML or plain-text answers.
 */
@ApplicationScoped
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Context Request request;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Optional<String> json = RequestFailures.jsonProblem(e);
    if (e instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
      Response original = refused.getResponse();
      String detail =
          original.getStatus() == 400 && json.isPresent()
              ? json.get()
              : RequestFailures.refusal(refused, RequestFailures.Request.of(request, uri, headers));
      Response.ResponseBuilder answer = ApiErrors.response(original.getStatus(), detail);
      return (original.getStatus() == 405 ? answer.allow(original.getAllowedMethods()) : answer)
          .build();
    }
    if (json.isPresent()) {
      return ApiErrors.response(400, json.get()).build();
    }
    return ApiErrors.response(500, RequestFailures.logged(LOG, e)).build();
  }
}
