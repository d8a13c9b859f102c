package io.roster.bulk;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One operation of a BulkRequest as the client sent it; checked only when it is carried out, so
 * that a bad operation fails alone.
 *
 * @param index its place in the request, from 0
 * @param method null when the client sent none
 * @param bulkId the client's name for the resource a POST creates; null if none
 * @param version the If-Match of a PUT, PATCH or DELETE; null if none
 * @param data null when the client sent none
 */
record BulkOperation(
    int index, String method, String bulkId, String version, String path, JsonObject data) {
  static final String REFERENCE = "bulkId:";

  /** The bulkIds this operation refers to, in its path or anywhere in its data. */
  Set<String> references() {
    Set<String> found = new LinkedHashSet<>();
    if (path != null) {
      for (String segment : path.split("/")) {
        reference(segment, found);
      }
    }
    if (data != null) {
      collect(data, found);
    }
    return found;
  }

  private static void collect(JsonValue value, Set<String> found) {
    if (value instanceof JsonString s) {
      reference(s.getString(), found);
    } else if (value instanceof JsonObject o) {
      o.values().forEach(v -> collect(v, found));
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> collect(v, found));
    }
  }

  private static void reference(String text, Set<String> found) {
    if (text.startsWith(REFERENCE) && text.length() > REFERENCE.length()) {
      found.add(text.substring(REFERENCE.length()));
    }
  }
}
