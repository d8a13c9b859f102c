/**
 * The benchmark harness of issue 7: seeds a directory in bulk SQL, drives a running Roster over
 * HTTP with concurrent clients and writes {@code src/bench/RESULTS.md}. Run with {@code mvn
 * -Pbench}; never part of {@code mvn verify} nor of the WAR.
 */
package io.roster.bench;
