package io.roster.api;

import io.roster.scim.http.DatabaseOutage;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admin API's answer while PostgreSQL is down: 503 with {@code Retry-After} in its own error
 * shape. Other database failures get a JSON 500 with a reference to the logged cause. Only JPA's
 * exceptions are mapped: JAX-RS's own (an unreadable body is a 400) keep their meaning.
 */
@Provider
public class ApiDatabaseOutageMapper implements ExceptionMapper<PersistenceException> {
  private static final Logger LOG = Logger.getLogger(ApiDatabaseOutageMapper.class.getName());

  @Override
  public Response toResponse(PersistenceException e) {
    Optional<SQLException> outage = DatabaseOutage.cause(e);
    if (outage.isPresent()) {
      LOG.log(Level.WARNING, "Database unavailable: {0}", outage.get().getMessage());
      return unavailable();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.WARNING, "Unexpected error, reference " + reference, e);
    return ApiErrors.response(500, "Internal error, reference " + reference).build();
  }

  /** The admin API's answer while the database is unavailable: 503 with {@code Retry-After}. */
  public static Response unavailable() {
    return ApiErrors.response(503, "The database is unavailable; retry later")
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
        .build();
  }
}
