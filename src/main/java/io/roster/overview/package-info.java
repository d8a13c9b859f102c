/** Aggregate numbers about provisioning for the console's dashboard; read-only. */
package io.roster.overview;
