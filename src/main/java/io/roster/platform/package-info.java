/**
 * What the server needs before and beside the features: the Liquibase migration at start-up and the
 * MicroProfile health checks. Depends on no feature.
 */
package io.roster.platform;
