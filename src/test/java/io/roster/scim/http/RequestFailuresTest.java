package io.roster.scim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The words of an error answer: what the client did wrong, or only a reference for a 500. */
class RequestFailuresTest {
  static final RequestFailures.Request PUT_USERS =
      new RequestFailures.Request("PUT", "/scim/Users", "text/plain", "text/csv");

  static Throwable parseFailure(String json) {
    try {
      Json.createReader(new StringReader(json)).read();
    } catch (JsonException e) {
      return new IllegalStateException("wrapped by the container", e);
    }
    throw new AssertionError("parsed: " + json);
  }

  @Test
  void namesTheParsePositionOfMalformedJsonAnywhereInTheCauseChain() {
    assertEquals(
        Optional.of("The request body is not valid JSON at line 2, column 4"),
        RequestFailures.jsonProblem(parseFailure("{\"a\":\n 1 2}")));
  }

  @Test
  void namesTheJsonbPropertyOfTheWrongType() {
    JsonbException nested =
        new JsonbException(
            "Unable to deserialize property 'name' because of: Unable to deserialize property"
                + " 'givenName' because of: Error deserialize JSON value into type: class"
                + " java.lang.String.");
    assertEquals(
        Optional.of("The value of name.givenName has the wrong type"),
        RequestFailures.jsonProblem(nested));
    assertEquals(
        Optional.of("The request body is not the JSON object expected"),
        RequestFailures.jsonProblem(new JsonException("Expected a JSON JsonObject")));
    assertEquals(Optional.empty(), RequestFailures.jsonProblem(new IllegalStateException("x")));
  }

  @Test
  void keepsTheApplicationsMessageAndDescribesTheContainersRefusals() {
    assertEquals("No such role", RequestFailures.refusal(404, "No such role", Set.of(), PUT_USERS));
    String resteasy = "RESTEASY003210: Could not find resource for full path: http://h/scim/Users";
    assertEquals(
        "Nothing at /scim/Users", RequestFailures.refusal(404, resteasy, Set.of(), PUT_USERS));
    assertEquals(
        "PUT is not allowed on /scim/Users; allowed: GET, POST",
        RequestFailures.refusal(
            405, "HTTP 405 Method Not Allowed", Set.of("POST", "GET"), PUT_USERS));
    assertEquals(
        "The Content-Type text/plain is not accepted here",
        RequestFailures.refusal(
            415, "RESTEASY003065: Cannot consume content type", Set.of(), PUT_USERS));
    assertEquals(
        "Cannot answer in a media type of the Accept header: text/csv",
        RequestFailures.refusal(406, null, Set.of(), PUT_USERS));
    assertEquals(
        "Unable to extract parameter",
        RequestFailures.refusal(
            400, "RESTEASY003870: Unable to extract parameter", Set.of(), PUT_USERS));
  }

  @Test
  void anUnexpectedFailureIsLoggedWithTheReferenceTheAnswerGives() {
    Logger log = Logger.getLogger("RequestFailuresTest");
    log.setUseParentHandlers(false);
    List<LogRecord> records = new ArrayList<>();
    log.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    IllegalStateException cause = new IllegalStateException("connection refused to db:5432");

    String detail = RequestFailures.logged(log, cause);

    assertTrue(detail.matches("Internal error, reference [0-9a-f-]{36}"), detail);
    String reference = detail.substring(detail.lastIndexOf(' ') + 1);
    assertEquals(1, records.size());
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertEquals("Unexpected error, reference " + reference, records.get(0).getMessage());
    assertSame(cause, records.get(0).getThrown());
  }
}
