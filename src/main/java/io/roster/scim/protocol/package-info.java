/**
 * The SCIM protocol's request values and rules, apart from HTTP: what a list or search asks for
 * ({@link io.roster.scim.protocol.ListRequest}) and the version checks behind ETags. Resources
 * build these from requests ({@code scim.http}); services and storage take them, so they never
 * import the web layer.
 */
package io.roster.scim.protocol;
