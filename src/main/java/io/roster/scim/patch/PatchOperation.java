package io.roster.scim.patch;

import io.roster.scim.filter.PatchPath;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a PATCH request's {@code Operations} (RFC 7644 §3.5.2), already checked by {@link
 * PatchRequest#parse}: a remove has a path, an add or replace has a value.
 *
 * @param path null when the request gave none
 * @param value null when the request gave none (only for remove)
 */
public record PatchOperation(Op op, PatchPath path, JsonValue value) {

  public enum Op {
    ADD,
    REPLACE,
    REMOVE;

    /** Ops are case-insensitive: Entra sends {@code "Replace"}, Okta {@code "replace"}. */
    public static Optional<Op> parse(String text) {
      for (Op op : values()) {
        if (op.name().equalsIgnoreCase(text)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
