package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on labelled reports: the project's own held-out reports (written for this
 * purpose, always present) and the shared development set, which lives outside the repository and
 * is skipped with a message when absent.
 */
class LabelledReportsTest {

    private static final double TARGET_F1 = 0.90;

    @Test
    void score_ownHeldOutReportsReachTarget() throws URISyntaxException {
        Path dir = Path.of(LabelledReportsTest.class.getResource("/extract/heldout").toURI());
        ScoreTable table = ExtractionScorer.score(dir);
        System.out.print("held-out reports (project's own)\n" + table.render());
        assertThat(table.counts("all", "quote+speaker").f1()).isGreaterThanOrEqualTo(TARGET_F1);
        for (String language : List.of("fr", "en", "ru")) {
            assertThat(table.counts(language, "quote+speaker").f1()).as(language).isGreaterThanOrEqualTo(TARGET_F1);
        }
    }

    @Test
    void score_sharedDevelopmentSetReachesTarget() {
        Optional<Path> dir = developmentSet();
        assumeTrue(dir.isPresent(), "shared development set not found at ../../shared/eval/quotes or ../shared/eval/quotes: skipped");
        ScoreTable table = ExtractionScorer.score(dir.get());
        System.out.print("shared development set\n" + table.render());
        assertThat(table.counts("all", "quote+speaker").f1()).isGreaterThanOrEqualTo(TARGET_F1);
    }

    private static Optional<Path> developmentSet() {
        for (String candidate : List.of("../../shared/eval/quotes", "../shared/eval/quotes")) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
