package org.pacta.core.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;

/**
 * The JSON shape of {@code pacta extract FILE… --json}: one object per report with {@code file},
 * {@code date}, {@code language} and {@code quotations}, each quotation with {@code quote},
 * {@code speaker}, {@code verb}, {@code paragraph}, {@code start} and {@code end}. Absent values
 * are written as JSON {@code null}. These are their own records, not the domain ones, so the
 * extractor can change without breaking readers of the JSON.
 */
public final class ExtractionJson {

    /** One report as written to JSON. */
    public record ReportJson(String file, Optional<String> date, String language, List<QuotationJson> quotations) {
        public ReportJson {
            java.util.Objects.requireNonNull(file, "file is null");
            java.util.Objects.requireNonNull(date, "date is null");
            java.util.Objects.requireNonNull(language, "language is null");
            quotations = List.copyOf(quotations);
        }
    }

    /** One quotation as written to JSON. */
    public record QuotationJson(String quote, Optional<String> speaker, Optional<String> verb, int paragraph, int start, int end) {
        public QuotationJson {
            java.util.Objects.requireNonNull(quote, "quote is null");
            java.util.Objects.requireNonNull(speaker, "speaker is null");
            java.util.Objects.requireNonNull(verb, "verb is null");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {
    }

    /** The JSON record for {@code report}, read from {@code file} (any label the caller chooses). */
    public static ReportJson of(String file, ExtractedReport report) {
        List<QuotationJson> quotations = report.quotations().stream()
                .map(q -> new QuotationJson(q.quote(), q.speaker(), q.verb(), q.paragraph(), q.start(), q.end()))
                .toList();
        return new ReportJson(file, report.date(), report.language().code(), quotations);
    }

    /**
     * Extracts every file (plain-text report or HTML page, UTF-8) and renders them, each labelled
     * with its path as given: the body of {@code pacta extract FILE… --json}.
     */
    public static String renderFiles(List<Path> files) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<ReportJson> reports = new java.util.ArrayList<>(files.size());
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new PactaException.NotFound("report file not found: " + file);
            } catch (IOException e) {
                throw new PactaException.InvalidInput("file", "cannot read " + file + " as UTF-8 text: " + e.getMessage(), e);
            }
            reports.add(of(file.toString(), extractor.extract(text)));
        }
        return render(reports);
    }

    /** Renders reports as a pretty-printed JSON array. */
    public static String render(List<ReportJson> reports) {
        try {
            return MAPPER.writeValueAsString(reports);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("extraction records always serialise", e);
        }
    }
}
