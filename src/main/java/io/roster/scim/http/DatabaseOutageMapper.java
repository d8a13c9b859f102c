package io.roster.scim.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While PostgreSQL is down an identity provider gets a 503 with {@code Retry-After} and the SCIM
 * error JSON, so it retries the change later instead of recording it as failed. Any other runtime
 * failure stays an internal error.
 */
@Provider
public class DatabaseOutageMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = Logger.getLogger(DatabaseOutageMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    Optional<SQLException> outage = DatabaseOutage.cause(e);
    if (outage.isEmpty()) {
      return new UnexpectedErrorMapper().toResponse(e);
    }
    LOG.log(Level.WARNING, "Database unavailable: {0}", outage.get().getMessage());
    return unavailable();
  }

  /** The SCIM answer while the database is unavailable: 503, {@code Retry-After}, error JSON. */
  public static Response unavailable() {
    Response unavailable =
        ScimErrors.response(503, null, "The database is unavailable; retry later");
    return Response.fromResponse(unavailable)
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
        .build();
  }
}
