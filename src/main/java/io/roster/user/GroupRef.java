package io.roster.user;

import java.util.UUID;

/** A group the user is a direct member of, as User.groups shows it. */
public record GroupRef(UUID id, String displayName) {}
