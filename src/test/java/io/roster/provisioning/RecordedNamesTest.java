package io.roster.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What the log keeps of a request: shapes and names, never values. */
class RecordedNamesTest {
  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void errorDetailsOfOneKindShareAShape() {
    assertEquals(
        "User {id} not found",
        ErrorShape.of("User 1f3e6d0a-8a9b-4c1e-9d3f-0a1b2c3d4e5f not found"));
    assertEquals(
        "userName {value} is already taken", ErrorShape.of("userName alice is already taken"));
    assertEquals(
        "userName {value} is already taken", ErrorShape.of("userName bob42 is already taken"));
    assertEquals(
        "Filter \"…\" is invalid at {n}",
        ErrorShape.of("Filter \"userName eq 3\" is invalid at 12"));
    assertEquals("Unknown attribute {value}", ErrorShape.of("Unknown attribute x9"));
    assertNull(ErrorShape.of(null));
  }

  @Test
  void aWriteKeepsTheNamesItSent() {
    assertEquals(
        "userName,name,password",
        WrittenAttributes.of(
            json(
                "{\"schemas\":[\"x\"],\"userName\":\"a\",\"name\":{\"givenName\":\"b\"},"
                    + "\"password\":\"secret\",\"meta\":{}}")));
    assertEquals(
        "active,members,name.givenName",
        WrittenAttributes.of(
            json(
                "{\"schemas\":[\"x\"],\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}},"
                    + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"},"
                    + "{\"op\":\"add\",\"path\":\"name.givenName\",\"value\":\"c\"}]}")));
    assertNull(WrittenAttributes.of(json("{\"schemas\":[\"x\"]}")));
  }

  @Test
  void pathsNameAFixedSetOfTypes() {
    assertEquals(new EndpointPath("User", "abc"), EndpointPath.of("/Users/abc"));
    assertEquals(new EndpointPath("User", null), EndpointPath.of("Users"));
    assertEquals(new EndpointPath("User", null), EndpointPath.of("Users/.search"));
    assertEquals(new EndpointPath("Group", "g1"), EndpointPath.of("Groups/g1"));
    assertEquals(new EndpointPath("Token", null), EndpointPath.of("token"));
    assertEquals(new EndpointPath("other", null), EndpointPath.of("NoSuchThing/x"));
  }

  @Test
  void csvQuotesAndDisarmsFormulas() {
    assertEquals("", LogCsv.cell(null));
    assertEquals("plain", LogCsv.cell("plain"));
    assertEquals("\"a,b\"", LogCsv.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", LogCsv.cell("say \"hi\""));
    assertEquals("'=1+2", LogCsv.cell("=1+2"));
    assertEquals("'@cmd", LogCsv.cell("@cmd"));
  }
}
