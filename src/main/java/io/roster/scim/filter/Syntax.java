package io.roster.scim.filter;

import io.roster.scim.error.ScimException;
import java.util.function.Function;

/** Which grammar is being read, so one parser can report the scimType that fits the caller. */
enum Syntax {
  FILTER("filter", ScimException::invalidFilter),
  PATH("path", ScimException::invalidPath);

  private final String noun;
  private final Function<String, ScimException> factory;

  Syntax(String noun, Function<String, ScimException> factory) {
    this.noun = noun;
    this.factory = factory;
  }

  ScimException error(String message) {
    return factory.apply("Invalid " + noun + ": " + message);
  }

  /** Positions are 0-based indexes into the text the client sent. */
  ScimException error(int position, String message) {
    return factory.apply("Invalid " + noun + " at position " + position + ": " + message);
  }
}
