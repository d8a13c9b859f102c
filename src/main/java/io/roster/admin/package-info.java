/**
 * Admin accounts (PBKDF2 hashes in PostgreSQL), the credential check shared by the admin API's HTTP
 * Basic and the console's form login, throttling of failed logins, and the {@code /api/admin/scim}
 * resources.
 */
package io.roster.admin;
