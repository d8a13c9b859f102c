/**
 * Helpers shared by the resources of the admin API under {@code /api}: its one error shape ({@link
 * io.roster.api.ApiErrors}), the mapper that gives every failure that shape, paging parameters and
 * the check of malformed media-type headers. May depend on {@code io.roster.scim.http} and {@code
 * io.roster.scim.json} only: the features under {@code /api} import it, never the reverse.
 */
package io.roster.api;
