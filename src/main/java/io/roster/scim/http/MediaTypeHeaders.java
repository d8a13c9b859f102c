package io.roster.scim.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a Content-Type or Accept header that is not a media type. RESTEasy parses both before any
 * JAX-RS filter or mapper runs, and answers a malformed one with an HTML page and a stack trace in
 * the log; the API filters answer it first, in their own error format.
 */
public final class MediaTypeHeaders {
  private MediaTypeHeaders() {}

  /**
   * Answers 400 with {@code errorBody} of what is wrong when a header is malformed.
   *
   * @return true when it answered, so the request must go no further
   */
  public static boolean refuseMalformed(
      HttpServletRequest request,
      HttpServletResponse response,
      String contentType,
      Function<String, String> errorBody)
      throws IOException {
    Optional<String> malformed = malformed(request);
    if (malformed.isEmpty()) {
      return false;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(errorBody.apply(malformed.get()));
    return true;
  }

  /** What is wrong, or empty when both headers parse (or are absent). */
  static Optional<String> malformed(HttpServletRequest request) {
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && !parses(contentType)) {
      return Optional.of("The Content-Type header is not a media type");
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null) {
      for (String type : accept.split(",")) {
        if (!type.isBlank() && !parses(type)) {
          return Optional.of("The Accept header is not a list of media types");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean parses(String value) {
    try {
      MediaType.valueOf(value.strip());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
