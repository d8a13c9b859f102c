/**
 * One JSON-P provider for the whole application ({@link io.roster.scim.json.Jsons}), looked up
 * once. Depends on nothing of Roster.
 */
package io.roster.scim.json;
