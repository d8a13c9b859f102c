package io.roster.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Gives the admin API's 4xx answers a JSON body with the exception's message, which resources write
 * for the admin to read (never a secret).
 */
@ApplicationScoped
public class ApiExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.getStatus() >= 500) {
      return ApiErrors.response(original.getStatus(), "Internal error").build();
    }
    return ApiErrors.response(original.getStatus(), e.getMessage()).build();
  }
}
