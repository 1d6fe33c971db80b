package org.pacta.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pacta.app.bench.LogBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Pacta and print a table.",
        subcommands = {BenchCommand.Log.class, BenchCommand.Extract.class})
final class BenchCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Score quotation extraction against labelled reports (NN.txt + NN.json): precision, recall "
                    + "and F1 for quote spans, speakers and both, per language; then the extraction speed.")
    static final class Extract implements Callable<Integer> {

        @picocli.CommandLine.Parameters(paramLabel = "DIR", description = "folder of NN.txt and NN.json pairs")
        Path dir;

        @Option(names = "--megabytes", description = "text to extract for the speed figure (default: ${DEFAULT-VALUE})",
                defaultValue = "50")
        int megabytes;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new org.pacta.core.PactaException.NotFound("no such folder: " + dir);
            }
            var out = spec.commandLine().getOut();
            out.println(org.pacta.core.extract.ExtractionScorer.score(dir).render());
            var result = org.pacta.core.extract.ExtractionThroughput.measure(megabytes);
            double mb = result.bytes() / 1e6;
            out.printf("speed: %.1f MB of reports in %.2f s: %.1f MB/s wall, %.1f MB/s of CPU time (one thread); "
                    + "%,d reports, %,d quotations%n", mb, result.nanos() / 1e9, mb / (result.nanos() / 1e9),
                    mb / (result.cpuNanos() / 1e9), result.reports(), result.quotations());
            return 0;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = "The log end to end on SQLite in a scratch folder: durable appends, integration, proofs, "
                    + "verification, heap, SHA-256 reference.")
    static final class Log implements Callable<Integer> {

        @Option(names = "--entries", description = "entries to append (default: ${DEFAULT-VALUE})", defaultValue = "1000000")
        int entries;

        @Option(names = "--batch", description = "entries per transaction (default: ${DEFAULT-VALUE})", defaultValue = "1000")
        int batch;

        @Option(names = "--proofs", description = "random inclusion proofs to time (default: ${DEFAULT-VALUE})",
                defaultValue = "20000")
        int proofs;

        @Option(names = "--dir", description = "scratch folder (default: a new temporary folder, deleted after)")
        Path dir;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (entries < 100 || batch < 1 || proofs < 100) {
                throw new org.pacta.core.PactaException.InvalidInput("entries", "need --entries >= 100, --batch >= 1, "
                        + "--proofs >= 100");
            }
            Path folder = dir != null ? dir : Files.createTempDirectory("pacta-bench-");
            try {
                new LogBench(spec.commandLine().getOut()).run(folder, entries, batch, proofs);
            } finally {
                if (dir == null) {
                    try (var walk = Files.walk(folder)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
            return 0;
        }
    }
}
