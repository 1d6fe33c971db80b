package org.pacta.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pacta.core.PactaException;

/**
 * Scores the extractor against a labelled folder of {@code NN.txt} reports and {@code NN.json}
 * labels (a list of {@code {quote, speaker, verb}}, see the development set's README).
 *
 * <p>Matching rules, chosen to follow the README and no further:
 * <ul>
 *   <li>quotes are compared after collapsing white space and removing trailing punctuation and
 *       white space, as the README says; nothing else (case, accents, inner punctuation) is
 *       forgiven;</li>
 *   <li>speakers are compared exactly, after white space is collapsed and Unicode is put in NFC
 *       form: the README asks for "the fullest name the article gives", so "Lavrov" for "Sergueï
 *       Lavrov" is an error, and so is a case or accent difference; an absent speaker matches an
 *       absent label;</li>
 *   <li>each measure matches predictions to labels one to one (a multiset intersection), per
 *       report: {@code quote} on the quote alone, {@code speaker} on the speakers named (every
 *       non-null speaker of a quotation counts once), {@code quote+speaker} on both together, and
 *       {@code quote+speaker+verb} also on the reporting phrase, compared like speakers.</li>
 * </ul>
 * The language of a report is the one the extractor detects.
 */
public final class ExtractionScorer {

    /** The measures every table reports, in order. */
    public static final List<String> MEASURES = List.of("quote", "speaker", "quote+speaker", "quote+speaker+verb");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionScorer() {
    }

    /** Prints the table for the folder given as the only argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ExtractionScorer DIR   (a folder of NN.txt reports with NN.json labels)");
            System.exit(2);
        }
        System.out.print(score(Path.of(args[0])).render());
    }

    /** Scores every labelled report in {@code dir}. */
    public static ScoreTable score(Path dir) {
        return score(dir, new QuoteExtractor());
    }

    static ScoreTable score(Path dir, QuoteExtractor extractor) {
        if (!Files.isDirectory(dir)) {
            throw new PactaException.NotFound("evaluation folder not found: " + dir + " (pass a folder of NN.txt and NN.json files)");
        }
        Map<String, Map<String, ScoreTable.Counts>> byLanguage = new LinkedHashMap<>();
        for (Path txt : reports(dir)) {
            Path labels = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".json"));
            if (!Files.exists(labels)) {
                continue;
            }
            ExtractedReport report = extractor.extract(read(txt));
            List<Labelled> expected = readLabels(labels);
            List<Labelled> predicted = new ArrayList<>();
            for (Quotation quotation : report.quotations()) {
                predicted.add(new Labelled(quotation.quote(), quotation.speaker(), quotation.verb()));
            }
            Map<String, ScoreTable.Counts> counts = byLanguage.computeIfAbsent(report.language().code(), code -> new LinkedHashMap<>());
            for (String measure : MEASURES) {
                counts.merge(measure, compare(measure, expected, predicted), ScoreTable.Counts::plus);
            }
        }
        List<ScoreTable.Row> rows = new ArrayList<>();
        Map<String, ScoreTable.Counts> all = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, ScoreTable.Counts>> language : byLanguage.entrySet()) {
            for (String measure : MEASURES) {
                ScoreTable.Counts counts = language.getValue().getOrDefault(measure, ScoreTable.Counts.ZERO);
                rows.add(new ScoreTable.Row(language.getKey(), measure, counts));
                all.merge(measure, counts, ScoreTable.Counts::plus);
            }
        }
        for (String measure : MEASURES) {
            rows.add(new ScoreTable.Row("all", measure, all.getOrDefault(measure, ScoreTable.Counts.ZERO)));
        }
        return new ScoreTable(rows);
    }

    private record Labelled(String quote, Optional<String> speaker, Optional<String> verb) {
    }

    private static ScoreTable.Counts compare(String measure, List<Labelled> expected, List<Labelled> predicted) {
        List<String> gold = keys(measure, expected);
        List<String> guess = keys(measure, predicted);
        int matched = 0;
        List<String> remaining = new ArrayList<>(gold);
        for (String key : guess) {
            if (remaining.remove(key)) {
                matched++;
            }
        }
        return new ScoreTable.Counts(matched, guess.size() - matched, gold.size() - matched);
    }

    private static List<String> keys(String measure, List<Labelled> items) {
        List<String> keys = new ArrayList<>();
        for (Labelled item : items) {
            String quote = normaliseQuote(item.quote());
            String speaker = item.speaker().map(ExtractionScorer::normaliseName).orElse("\u0000");
            String verb = item.verb().map(ExtractionScorer::normaliseName).orElse("\u0000");
            switch (measure) {
                case "quote" -> keys.add(quote);
                case "speaker" -> item.speaker().ifPresent(s -> keys.add(speaker));
                case "quote+speaker" -> keys.add(quote + "\u0001" + speaker);
                case "quote+speaker+verb" -> keys.add(quote + "\u0001" + speaker + "\u0001" + verb);
                default -> throw new IllegalStateException("unknown measure " + measure);
            }
        }
        return keys;
    }

    /** White space collapsed, trailing punctuation and white space removed (README rule). */
    static String normaliseQuote(String quote) {
        String collapsed = normaliseName(quote);
        int end = collapsed.length();
        while (end > 0 && isTrailing(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(0, end);
    }

    private static boolean isTrailing(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || ".,;:!?…".indexOf(c) >= 0;
    }

    static String normaliseName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
    }

    private static List<Path> reports(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot list evaluation folder " + dir + ": check it is readable", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot read " + file + ": check it is readable UTF-8", e);
        }
    }

    private static List<Labelled> readLabels(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(read(file));
        } catch (IOException e) {
            throw new PactaException.InvalidInput(file.toString(), "labels must be a JSON list of {quote, speaker, verb}: " + e.getMessage(), e);
        }
        if (!root.isArray()) {
            throw new PactaException.InvalidInput(file.toString(), "labels must be a JSON list of {quote, speaker, verb}, was: " + root.getNodeType());
        }
        List<Labelled> labels = new ArrayList<>();
        for (JsonNode item : root) {
            JsonNode quote = item.get("quote");
            if (quote == null || !quote.isTextual()) {
                throw new PactaException.InvalidInput(file.toString(), "every label needs a textual quote, was: " + item);
            }
            labels.add(new Labelled(quote.asText(), text(item.get("speaker")), text(item.get("verb"))));
        }
        return labels;
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
