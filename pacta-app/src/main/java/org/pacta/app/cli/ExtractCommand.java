package org.pacta.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pacta.core.PactaException;
import org.pacta.core.extract.ExtractedReport;
import org.pacta.core.extract.ExtractionJson;
import org.pacta.core.extract.Quotation;
import org.pacta.core.extract.QuoteExtractor;
import org.pacta.core.extract.StatementClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find the direct quotations in press reports (plain text or HTML; French, English, Russian) with "
                + "their speakers and reporting verbs.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "reports to read")
    List<Path> files;

    @Option(names = "--json", description = "print JSON: per report its date and language, per quotation quote, "
            + "speaker, verb, paragraph, start, end")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new PactaException.NotFound("no such file: " + file);
            }
        }
        if (json) {
            spec.commandLine().getOut().println(ExtractionJson.renderFiles(files));
            return 0;
        }
        QuoteExtractor extractor = new QuoteExtractor();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new PactaException.NotFound("no such file: " + file);
            }
            ExtractedReport report = extractor.extract(text);
            var out = spec.commandLine().getOut();
            out.println(file + " (" + report.language().code() + report.date().map(d -> ", " + d).orElse("") + "): "
                    + report.quotations().size() + " quotations");
            for (Quotation q : report.quotations()) {
                out.println("  \u00b6" + (q.paragraph() + 1) + " " + q.speaker().orElse("(unattributed)")
                        + q.verb().map(v -> " [" + v + "]").orElse("") + " "
                        + StatementClassifier.classify(q.quote(), report.language()) + ": \u201c" + q.quote() + "\u201d");
            }
        }
        return 0;
    }
}
