package io.roster.group;

import java.util.List;

/** One page of a group listing and how many groups the filter matches in all. */
record GroupPage(List<StoredGroup> groups, long totalResults) {}
