package org.pacta.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import org.pacta.core.tlog.Fsck;
import org.pacta.core.tlog.LogKeys;
import org.pacta.core.tlog.LogStore;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fsck", mixinStandardHelpOptions = true,
        description = "Replay the log against the registry tables, recompute every leaf and the tree, check every "
                + "stored tile, bundle and checkpoint. Exit 0 when all agree, 1 naming the first index that does not.")
final class FsckCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--key", paramLabel = "VKEY", description = "the log's verifier key or a file holding it "
            + "(default: log.vkey in --data)")
    String key;

    @Option(names = "--quiet", description = "print only the verdict")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<VerifierKey> verifier = verifierKey();
        if (verifier.isEmpty()) {
            spec.commandLine().getErr().println("fsck: no log key found (give --key): checkpoint signatures are not checked");
        }
        try (Pacta pacta = store.open()) {
            Fsck.Report report = new Fsck(pacta.registry(), new LogStore(pacta.database().jdbi()), verifier, line -> {
                if (!quiet) {
                    spec.commandLine().getErr().println("fsck: " + line);
                }
            }).run();
            if (report.ok()) {
                spec.commandLine().getOut().println("OK: " + report.message());
                return 0;
            }
            spec.commandLine().getOut().println("FAILED at " + report.message());
            return 1;
        }
    }

    private Optional<VerifierKey> verifierKey() throws IOException {
        if (key != null) {
            return Optional.of(VerifierKey.parse(VerifyCommand.keyText(key)));
        }
        Path vkey = store.data.resolve(LogKeys.PUBLIC_FILE);
        if (Files.isRegularFile(vkey)) {
            return Optional.of(VerifierKey.parse(Files.readString(vkey, StandardCharsets.UTF_8).strip()));
        }
        Path privateKey = store.data.resolve(LogKeys.PRIVATE_FILE);
        if (Files.isRegularFile(privateKey)) {
            return Optional.of(SignerKey.parse(Files.readString(privateKey, StandardCharsets.UTF_8).strip()).verifierKey());
        }
        return Optional.empty();
    }
}
