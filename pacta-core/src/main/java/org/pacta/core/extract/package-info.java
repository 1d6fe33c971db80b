/**
 * Press-report extraction: turns a report (plain text or HTML, in French, English or Russian) into
 * the direct quotations it contains, each with its speaker and reporting phrase
 * ({@link org.pacta.core.extract.QuoteExtractor}, rendered for {@code pacta extract --json} by
 * {@link org.pacta.core.extract.ExtractionJson}), and offers the small rule-based readers built on
 * them ({@link org.pacta.core.extract.StatementClassifier}, {@link org.pacta.core.extract.PartyMentions})
 * together with the scorer ({@link org.pacta.core.extract.ExtractionScorer}, for {@code pacta bench
 * extract}) and the throughput measurement ({@link org.pacta.core.extract.ExtractionThroughput})
 * that keep those rules honest. Everything here is pure computation over strings, linear in the
 * input: the package depends only on the JDK, Jackson (for JSON) and
 * {@link org.pacta.core.PactaException}; it never touches storage or the network, and its word
 * lists live in the code ({@code Lexicon}, {@code ReportingVerbs}) except the party alias table,
 * a resource beside the classes.
 */
package org.pacta.core.extract;
