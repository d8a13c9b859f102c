/**
 * Application settings kept in the {@code setting} table (the SCIM switch, the console secret) and
 * the service that reads and writes them, so that every node sees the same value. Depends on no
 * feature.
 */
package io.roster.settings;
