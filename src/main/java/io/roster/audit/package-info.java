/**
 * The append-only audit log: who did what to which target, written in the transaction of the change
 * it records ({@link io.roster.audit.AuditObserver}), and searchable over the admin API.
 */
package io.roster.audit;
