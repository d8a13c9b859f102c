package io.roster.group;

import io.roster.scim.protocol.CursorLinks;
import java.util.List;

/** One page of a group listing and how many groups the filter matches in all. */
record GroupPage(List<StoredGroup> groups, long totalResults, CursorLinks cursors) {}
