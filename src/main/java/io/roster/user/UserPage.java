package io.roster.user;

import io.roster.scim.protocol.CursorLinks;
import java.util.List;

/** One page of a user listing and how many users the filter matches in all. */
record UserPage(List<StoredUser> users, long totalResults, CursorLinks cursors) {}
