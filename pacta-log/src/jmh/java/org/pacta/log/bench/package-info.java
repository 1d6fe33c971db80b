/**
 * JMH benchmarks and the heap measurement of pacta-log, compiled and run only with the Maven
 * {@code bench} profile (see pacta-log/README.md). They may use test fixtures and test-only
 * libraries (sigstore-java, for comparison); nothing here ships.
 */
package org.pacta.log.bench;
