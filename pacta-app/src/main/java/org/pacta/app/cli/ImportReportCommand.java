package org.pacta.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Item;
import org.pacta.core.source.ReportImporter;
import org.pacta.core.statement.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-report", mixinStandardHelpOptions = true,
        description = "Import a press report: a Source with its content hash, and a Statement for each quotation.")
final class ImportReportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--id", description = "the source's id (default: generated)")
    String id;

    @Option(names = "--title", description = "the report's title (default: the file name)")
    String title;

    @Option(names = "--url")
    String url;

    @Option(names = "--publisher")
    String publisher;

    @Option(names = "--date", description = "EDTF (default: the report's own ' date' line)")
    String date;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PactaException.NotFound("no such file: " + file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ReportImporter.NewReport report = new ReportImporter.NewReport(id,
                title != null ? title : file.getFileName().toString(), Optional.ofNullable(url),
                Optional.ofNullable(publisher), Optional.ofNullable(date).map(Edtf::parse), Optional.empty(), text, false,
                Optional.empty());
        try (Pacta pacta = store.open()) {
            List<Item> items = pacta.reports().importReport("system:import-report", report);
            var out = spec.commandLine().getOut();
            out.println("Imported source " + items.get(0).id() + " with " + (items.size() - 1) + " statements");
            for (Item item : items.subList(1, items.size())) {
                Statement s = (Statement) item;
                out.println("  " + s.id() + " " + s.speaker().orElse("(unattributed)") + s.party().map(p -> " [" + p + "]")
                        .orElse("") + " " + s.classification());
            }
        }
        return 0;
    }
}
