package org.pacta.core.extract;

import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 per language and measure, as {@link ExtractionScorer} computes them.
 * Rows come in a fixed order (languages as first met in file order, then "all"; measures in the
 * order of {@link ExtractionScorer#MEASURES}) so printed tables can be compared line by line.
 */
public record ScoreTable(List<Row> rows) {

    /** True positives, false positives and false negatives of one measure. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public Counts {
            if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }

        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        /** 1 when nothing was predicted and nothing was expected, as no error was made. */
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One line of the table: a language code or "all", a measure name, and its counts. */
    public record Row(String language, String measure, Counts counts) {
        public Row {
            java.util.Objects.requireNonNull(language, "language is null");
            java.util.Objects.requireNonNull(measure, "measure is null");
            java.util.Objects.requireNonNull(counts, "counts is null");
        }
    }

    public ScoreTable {
        rows = List.copyOf(rows);
    }

    /** The counts of {@code measure} for {@code language} ("all" for the whole set). */
    public Counts counts(String language, String measure) {
        for (Row row : rows) {
            if (row.language().equals(language) && row.measure().equals(measure)) {
                return row.counts();
            }
        }
        throw new org.pacta.core.PactaException.NotFound("no score for " + language + " / " + measure);
    }

    /** A fixed-width text table, one row per language and measure. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-5s %-19s %5s %5s %5s %9s %7s %7s%n",
                "lang", "measure", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (Row row : rows) {
            Counts c = row.counts();
            out.append(String.format(Locale.ROOT, "%-5s %-19s %5d %5d %5d %9.3f %7.3f %7.3f%n", row.language(),
                    row.measure(), c.truePositives(), c.falsePositives(), c.falseNegatives(), c.precision(),
                    c.recall(), c.f1()));
        }
        return out.toString();
    }
}
