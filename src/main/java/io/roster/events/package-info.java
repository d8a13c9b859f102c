/**
 * What the features announce and the audit records: the {@link io.roster.events.ResourceChanged}
 * CDI event fired inside the changing transaction, and {@link io.roster.events.Action}, every audit
 * action in one enum. Depends on nothing of Roster, so that any feature may fire and any observer
 * may listen.
 */
package io.roster.events;
