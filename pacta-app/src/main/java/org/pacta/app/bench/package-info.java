/**
 * Benchmarks run from the command line that print a table: the log end to end on SQLite, with the
 * machine's SHA-256 throughput as the physical reference.
 */
package org.pacta.app.bench;
