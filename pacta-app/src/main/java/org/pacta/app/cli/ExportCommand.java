package org.pacta.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the registry as a pacta-dataset/v1 JSON document (the import format) or as CSV.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, csv }

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "file to write (replaced atomically)")
    Path out;

    @Option(names = "--format", description = "json or csv (default: ${DEFAULT-VALUE})", defaultValue = "json")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Pacta pacta = store.open()) {
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".pacta-export-", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    if (format == Format.json) {
                        writer.write(pacta.exporter().json());
                    } else {
                        pacta.exporter().csv(writer);
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            spec.commandLine().getOut().println("Exported " + pacta.registry().size() + " log entries' worth of items to "
                    + target + " (" + format + ")");
        }
        return 0;
    }
}
