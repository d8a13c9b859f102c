package io.roster.security;

import java.util.UUID;

/** The token a SCIM request authenticated with: what the audit log names as its actor. */
public record TokenIdentity(UUID id, String name) {}
