package io.roster.scim.http;

import io.roster.scim.error.ScimException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns a refused request into the RFC 7644 §3.12 error JSON. */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {
  private static final Logger LOG = Logger.getLogger(ScimExceptionMapper.class.getName());

  @Override
  public Response toResponse(ScimException e) {
    LOG.log(Level.FINE, "SCIM request refused: {0} {1}", new Object[] {e.status(), e.detail()});
    return ScimErrors.response(e.status(), e.scimType(), e.detail());
  }
}
