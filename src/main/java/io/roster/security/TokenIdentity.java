package io.roster.security;

import java.util.UUID;

/** The token a request authenticated with: what the audit log names as its actor. */
public record TokenIdentity(UUID id, String name, TokenScope scope) {}
