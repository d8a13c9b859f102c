/**
 * Only wires the two JAX-RS applications, {@code /scim} for identity providers and {@code /api} for
 * admins, each listing its classes so that nothing of one is reachable under the other, and the
 * error page that answers what Liberty refuses itself in the shape of each. The one package that
 * imports the features it serves.
 */
package io.roster.web;
