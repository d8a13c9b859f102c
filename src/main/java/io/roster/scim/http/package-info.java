/**
 * The HTTP side of SCIM, shared by the {@code /scim} resources: the SCIM media type, JSON-P bodies,
 * the body size limit and header checks, the base URL, and the exception mappers that answer every
 * failure with the RFC 7644 error JSON. The only {@code scim} package that imports JAX-RS; depends
 * on the other {@code scim} packages, never on a feature.
 */
package io.roster.scim.http;
