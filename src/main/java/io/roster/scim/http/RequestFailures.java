package io.roster.scim.http;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words what was wrong with a request, for the error mappers of both {@code /scim} and
 * {@code /api}: JAX-RS's own refusals and body parse failures arrive as exceptions whose messages
 * name implementation classes (RESTEASY003210..., Yasson's "class java.lang.Integer"), and an
 * unexpected failure must tell the client nothing but a reference the operator can search for.
 */
public final class RequestFailures {
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '([^']+)'");
  private static final Pattern CONTAINER_MESSAGE =
      Pattern.compile("^(RESTEASY\\d+: |HTTP \\d{3} )");

  private RequestFailures() {}

  /** The request as the client sent it, for describing a refusal. */
  public record Request(String method, String path, String contentType, String accept) {
    public static Request of(jakarta.ws.rs.core.Request request, UriInfo uri, HttpHeaders headers) {
      return new Request(
          request.getMethod(),
          uri.getRequestUri().getRawPath(),
          headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
          headers.getHeaderString(HttpHeaders.ACCEPT));
    }
  }

  /**
   * What was wrong with a body that could not be read, found anywhere in the cause chain: the parse
   * position of malformed JSON, the property of a JSON-B type mismatch.
   */
  public static Optional<String> jsonProblem(Throwable e) {
    for (Throwable cause : chain(e)) {
      if (cause instanceof JsonParsingException parsing) {
        return Optional.of(notJson(parsing.getLocation()));
      }
    }
    for (Throwable cause : chain(e)) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return Optional.of(wrongShape(cause.getMessage()));
      }
    }
    return Optional.empty();
  }

  /** {@link #refusal(int, String, Set, Request)} of a JAX-RS exception. */
  public static String refusal(WebApplicationException e, Request request) {
    Response response = e.getResponse();
    return refusal(response.getStatus(), e.getMessage(), response.getAllowedMethods(), request);
  }

  /**
   * A JAX-RS refusal: {@code message} when the application wrote it, else one naming what the
   * container refused (no resource, the method, the media types).
   */
  public static String refusal(int status, String message, Set<String> allowed, Request request) {
    if (message != null && !CONTAINER_MESSAGE.matcher(message).find()) {
      return message;
    }
    return switch (status) {
      case 404 -> "Nothing at " + request.path();
      case 405 ->
          request.method()
              + " is not allowed on "
              + request.path()
              + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", sorted(allowed)));
      case 406 -> "Cannot answer in a media type of the Accept header: " + request.accept();
      case 415 -> "The Content-Type " + request.contentType() + " is not accepted here";
      default ->
          message == null ? "HTTP " + status : CONTAINER_MESSAGE.matcher(message).replaceFirst("");
    };
  }

  /**
   * Logs an unexpected failure at WARNING with a fresh reference.
   *
   * @return the detail for the 500 answer, with that reference and nothing of the cause
   */
  public static String logged(Logger log, Throwable e) {
    String reference = UUID.randomUUID().toString();
    log.log(Level.WARNING, "Unexpected error, reference " + reference, e);
    return "Internal error, reference " + reference;
  }

  private static String notJson(JsonLocation at) {
    if (at == null) {
      return "The request body is not valid JSON";
    }
    if (at.getStreamOffset() < 0) {
      return "The request body is empty: JSON was expected";
    }
    return "The request body is not valid JSON at line "
        + at.getLineNumber()
        + ", column "
        + at.getColumnNumber();
  }

  /** JSON-B names the property whose value has the wrong type; nested ones in order. */
  private static String wrongShape(String message) {
    List<String> properties = new ArrayList<>();
    Matcher m = JSONB_PROPERTY.matcher(message == null ? "" : message);
    while (m.find()) {
      properties.add(m.group(1));
    }
    return properties.isEmpty()
        ? "The request body is not the JSON object expected"
        : "The value of " + String.join(".", properties) + " has the wrong type";
  }

  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
