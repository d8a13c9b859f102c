package io.roster.role;

import java.util.List;
import java.util.Map;

/** A user's effective access: the highest level per area among their roles, none if inactive. */
public record UserAccess(
    String userName, boolean active, List<String> roles, Map<String, AccessLevel> access) {}
