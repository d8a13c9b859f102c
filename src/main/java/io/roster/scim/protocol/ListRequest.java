package io.roster.scim.protocol;

import io.roster.scim.filter.Filter;
import io.roster.scim.schema.Projection;

/**
 * A list or search request (RFC 7644 §3.4.2-3.4.3) as a value: what to match, in which order, which
 * page and which attributes to return, however it arrived (query string or {@code .search}).
 *
 * @param filter null when none was given
 */
public record ListRequest(Filter filter, Sort sort, PageRequest page, Projection projection) {}
