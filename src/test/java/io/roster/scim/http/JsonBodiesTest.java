package io.roster.scim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
  @Test
  void refusesNestingOfSixtyFourLevelsAsAJsonError() {
    assertEquals(1, read("[".repeat(63) + "1" + "]".repeat(63)).asJsonArray().size());
    assertThrows(JsonException.class, () -> read("[".repeat(64) + "1" + "]".repeat(64)));
    assertThrows(JsonException.class, () -> read("{\"a\":".repeat(64) + "1" + "}".repeat(64)));
  }

  private static JsonStructure read(String json) {
    return new JsonBodies()
        .readFrom(
            JsonStructure.class,
            JsonStructure.class,
            null,
            MediaType.APPLICATION_JSON_TYPE,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
