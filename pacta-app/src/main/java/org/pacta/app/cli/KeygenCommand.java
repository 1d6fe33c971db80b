package org.pacta.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;
import org.pacta.log.note.SignerKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make a party's Ed25519 signing key on this machine. The private key goes to --out (readable by "
                + "you only); the public vkey is printed as the last line, to register with POST /api/v1/parties/ID/keys.")
final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--party", required = true, description = "the party id the key signs for (it names the key)")
    String party;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the private key")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Fields.id("party", party);
        if (Files.exists(out)) {
            throw new PactaException.Conflict(out + " exists: choose another --out (a key is never overwritten)");
        }
        SignerKey key = SignerKey.generate(party);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".key-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, key.encode() + "\n", StandardCharsets.UTF_8);
        Files.move(temp, out);
        spec.commandLine().getOut().println("Private key for " + party + " written to " + out + " (keep it on this machine)");
        spec.commandLine().getOut().println(key.verifierKey().encode());
        return 0;
    }
}
