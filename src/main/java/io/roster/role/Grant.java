package io.roster.role;

/** One stored level of one area: a row of {@code role_access}, for a role or reaching a user. */
record Grant(String area, AccessLevel level) {
  static Grant of(Object area, Object level) {
    return new Grant((String) area, AccessLevel.parse((String) level).orElseThrow());
  }
}
