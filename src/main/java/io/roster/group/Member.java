package io.roster.group;

import java.util.UUID;

/**
 * A member as Group.members shows it: the user's id and its {@code display}, the user's displayName
 * or, when it has none, its userName.
 */
record Member(UUID userId, String display) {}
