package io.roster.scim.protocol;

/**
 * One page of a listing.
 *
 * @param startIndex 1-based
 * @param count how many to return; 0 asks for totalResults only
 */
public record PageRequest(int startIndex, int count) {}
