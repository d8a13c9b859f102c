package io.roster.scim.protocol;

import io.roster.scim.error.ScimException;

/**
 * A resource's version as a weak ETag, and the If-Match / If-None-Match rules over it (RFC 7232):
 * the service checks If-Match before it changes anything, the resource If-None-Match before it
 * answers a read.
 */
public final class Versions {
  private Versions() {}

  public static String etag(long version) {
    return "W/\"" + version + "\"";
  }

  /** Throws 412 when {@code ifMatch} is given and names neither {@code *} nor the version. */
  public static void checkIfMatch(String ifMatch, long version) {
    if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch, version)) {
      throw ScimException.preconditionFailed(
          "The resource changed since it was read (If-Match " + ifMatch.trim() + ")");
    }
  }

  /** True when a read may answer 304: {@code ifNoneMatch} names the version or {@code *}. */
  public static boolean notModified(String ifNoneMatch, long version) {
    return ifNoneMatch != null && matches(ifNoneMatch, version);
  }

  private static boolean matches(String header, long version) {
    String current = String.valueOf(version);
    for (String tag : header.split(",")) {
      String t = tag.trim();
      t = (t.startsWith("W/") ? t.substring(2) : t).replace("\"", "");
      if (t.equals("*") || t.equals(current)) {
        return true;
      }
    }
    return false;
  }
}
