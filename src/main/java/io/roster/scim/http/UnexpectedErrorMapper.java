package io.roster.scim.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with a reference the operator can search for, answered with a generic
 * 500 that reveals nothing of the cause.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return ScimErrors.response(500, null, RequestFailures.logged(LOG, e));
  }
}
