package io.roster.group;

import java.util.UUID;

/** A member as Group.members shows it: the user's id and userName. */
record Member(UUID userId, String userName) {}
