package io.roster.group;

/**
 * Storage's report that a member change names ids of no user; nothing was written. The service
 * answers it (400 invalidValue).
 */
class UnknownMembers extends RuntimeException {
  UnknownMembers() {
    super("A member is not an existing user");
  }
}
