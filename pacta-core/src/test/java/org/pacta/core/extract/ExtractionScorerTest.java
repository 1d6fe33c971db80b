package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.core.PactaException;

class ExtractionScorerTest {

    private static final String REPORT = " date 2024-06 «Nous restons prudents», a déclaré Pierre Durand.\n\n"
            + "Le ministre a ajouté que le texte était «incomplet».";

    @Test
    void score_perfectMatch(@TempDir Path dir) throws IOException {
        write(dir, "01", REPORT, """
                [{"quote": "Nous restons prudents", "speaker": "Pierre Durand", "verb": "a déclaré"},
                 {"quote": "incomplet.", "speaker": "Pierre Durand", "verb": "a ajouté"}]""");
        ScoreTable table = ExtractionScorer.score(dir);
        assertThat(table.counts("all", "quote+speaker")).isEqualTo(new ScoreTable.Counts(2, 0, 0));
        assertThat(table.counts("fr", "quote+speaker").f1()).isEqualTo(1.0);
    }

    @Test
    void score_wrongSpeakerCountsOnlyAgainstSpeakerMeasures(@TempDir Path dir) throws IOException {
        write(dir, "01", REPORT, """
                [{"quote": "Nous restons prudents", "speaker": "Pierre Durand", "verb": "a déclaré"},
                 {"quote": "incomplet", "speaker": "Paul Roux", "verb": "a ajouté"}]""");
        ScoreTable table = ExtractionScorer.score(dir);
        assertThat(table.counts("all", "quote")).isEqualTo(new ScoreTable.Counts(2, 0, 0));
        assertThat(table.counts("all", "quote+speaker")).isEqualTo(new ScoreTable.Counts(1, 1, 1));
        assertThat(table.counts("all", "quote+speaker").f1()).isEqualTo(0.5);
    }

    @Test
    void score_speakerComparedExactly(@TempDir Path dir) throws IOException {
        write(dir, "01", REPORT, """
                [{"quote": "Nous restons prudents", "speaker": "pierre durand", "verb": "a déclaré"},
                 {"quote": "incomplet", "speaker": "Pierre Durand", "verb": "a ajouté"}]""");
        assertThat(ExtractionScorer.score(dir).counts("all", "speaker")).isEqualTo(new ScoreTable.Counts(1, 1, 1));
    }

    @Test
    void score_missedAndSpuriousQuotes(@TempDir Path dir) throws IOException {
        write(dir, "01", REPORT, """
                [{"quote": "Nous restons prudents", "speaker": "Pierre Durand", "verb": "a déclaré"},
                 {"quote": "une phrase jamais extraite", "speaker": null, "verb": null}]""");
        ScoreTable.Counts counts = ExtractionScorer.score(dir).counts("all", "quote");
        assertThat(counts).isEqualTo(new ScoreTable.Counts(1, 1, 1));
        assertThat(counts.precision()).isEqualTo(0.5);
        assertThat(counts.recall()).isEqualTo(0.5);
    }

    @Test
    void normaliseQuote_trailingPunctuationAndWhitespace() {
        assertThat(ExtractionScorer.normaliseQuote("  Nous   verrons ,. ")).isEqualTo("Nous verrons");
        assertThat(ExtractionScorer.normaliseQuote("Why not?")).isEqualTo("Why not");
    }

    @Test
    void render_listsEveryMeasure(@TempDir Path dir) throws IOException {
        write(dir, "01", REPORT, "[]");
        String table = ExtractionScorer.score(dir).render();
        assertThat(table).contains("quote+speaker").contains("all").contains("precision");
    }

    @Test
    void score_missingFolderIsNotFound() {
        assertThatThrownBy(() -> ExtractionScorer.score(Path.of("no-such-folder-here")))
                .isInstanceOf(PactaException.NotFound.class).hasMessageContaining("no-such-folder-here");
    }

    @Test
    void score_malformedLabelsNameTheFile(@TempDir Path dir) throws IOException {
        write(dir, "07", REPORT, "{\"quote\": 1}");
        assertThatThrownBy(() -> ExtractionScorer.score(dir))
                .isInstanceOf(PactaException.InvalidInput.class).hasMessageContaining("JSON list");
    }

    private static void write(Path dir, String name, String text, String labels) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), text);
        Files.writeString(dir.resolve(name + ".json"), labels);
    }
}
