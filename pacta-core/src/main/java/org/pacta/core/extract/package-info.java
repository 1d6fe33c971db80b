/**
 * Press-report extraction: turns a report (plain text or HTML, in French, English or Russian) into
 * the direct quotations it contains, each with its speaker and reporting phrase, and offers the
 * small rule-based readers built on them (statement kinds, party mentions) together with the
 * scorer and throughput measurement used to keep those rules honest. Everything here is pure
 * computation over strings: the package depends only on the JDK, Jackson (for the JSON rendering)
 * and {@link org.pacta.core.PactaException}; it never touches storage or the network.
 */
package org.pacta.core.extract;
