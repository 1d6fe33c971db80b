package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks the benchmark's plumbing only; speed itself is measured by running the command, never asserted. */
class ExtractionThroughputTest {

    @Test
    void measure_extractsEveryReportOfTheCorpus() {
        ExtractionThroughput.Result result = ExtractionThroughput.measure(1);
        assertThat(result.bytes()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(result.quotations()).isGreaterThan(result.reports());
        assertThat(result.megabytesPerSecond()).isPositive();
    }

    @Test
    void corpus_coversAllThreeLanguages() {
        assertThat(ExtractionThroughput.corpus(20_000)).extracting(LanguageDetector::detect)
                .contains(Language.FRENCH, Language.ENGLISH, Language.RUSSIAN);
    }
}
