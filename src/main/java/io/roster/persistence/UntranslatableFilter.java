package io.roster.persistence;

/**
 * A filter that names an attribute or compares a value storage cannot express (an unknown or
 * unstored attribute, a number for a dateTime). Storage only reports it; the service decides the
 * SCIM answer (400 invalidFilter).
 */
public class UntranslatableFilter extends RuntimeException {
  public UntranslatableFilter(String message) {
    super(message);
  }
}
