package io.roster.role;

import java.util.Map;
import java.util.UUID;

/**
 * A role of the application: one pushed group, its size, and its level in every area (areas it was
 * never given are {@code none}).
 */
public record Role(UUID id, String name, long memberCount, Map<String, AccessLevel> levels) {}
