package org.pacta.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a pacta-dataset/v1 JSON document into the registry, all of it or nothing.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(paramLabel = "FILE", description = "the dataset to load")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PactaException.NotFound("no such file: " + file);
        }
        try (Pacta pacta = store.open()) {
            int count = pacta.importer().importDocument("system:import", document);
            spec.commandLine().getOut().println("Imported " + count + " items from " + file);
        } catch (PactaException.InvalidInput e) {
            throw new PactaException.InvalidInput(e.field().orElse(null), file + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
