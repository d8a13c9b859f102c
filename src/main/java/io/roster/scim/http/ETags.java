package io.roster.scim.http;

import io.roster.scim.error.ScimException;
import java.util.Arrays;

/** Weak ETags from a resource version, and the If-Match / If-None-Match checks (RFC 7232). */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /** Throws 412 when {@code ifMatch} is given and names neither {@code *} nor the version. */
  public static void checkIfMatch(String ifMatch, long version) {
    if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch, version)) {
      throw ScimException.preconditionFailed(
          "The resource changed since it was read (If-Match " + ifMatch.trim() + ")");
    }
  }

  public static boolean matches(String header, long version) {
    String current = String.valueOf(version);
    return Arrays.stream(header.split(","))
        .map(String::trim)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .map(tag -> tag.replace("\"", ""))
        .anyMatch(tag -> tag.equals("*") || tag.equals(current));
  }
}
