package io.roster.oauth;

import io.roster.scim.json.Jsons;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * RFC 6749 §5.2's error answer: {@code {"error": ..., "error_description": ...}}, never cached;
 * {@code invalid_client} with a {@code WWW-Authenticate} challenge, a throttled one with {@code
 * Retry-After}.
 */
public class OAuthErrorMapper implements ExceptionMapper<OAuthError> {
  static final String CHALLENGE = "Basic realm=\"Roster OAuth\", charset=\"UTF-8\"";

  @Override
  public Response toResponse(OAuthError e) {
    Response.ResponseBuilder answer =
        Response.status(e.status())
            .type(MediaType.APPLICATION_JSON)
            .entity(
                Jsons.createObjectBuilder()
                    .add("error", e.error())
                    .add("error_description", e.getMessage())
                    .build());
    if (e.status() == 401) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
    if (e.retryAfterSeconds() > 0) {
      answer.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
    }
    return noStore(answer).build();
  }

  /** RFC 6749 §5.1: token answers, errors included, are never cached. */
  static Response.ResponseBuilder noStore(Response.ResponseBuilder answer) {
    return answer.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
  }
}
