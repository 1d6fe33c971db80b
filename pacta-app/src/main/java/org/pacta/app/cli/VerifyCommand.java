package org.pacta.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pacta.core.PactaException;
import org.pacta.log.LogFormatException;
import org.pacta.log.evidence.EvidenceBundle;
import org.pacta.log.evidence.EvidenceResult;
import org.pacta.log.note.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify an evidence bundle offline: entry -> leaf hash -> inclusion proof -> checkpoint signature "
                + "(and witness cosignatures). Exit 0 when it verifies, 1 with the reason when it does not.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE", description = "a pacta-evidence/v1 file (from /api/v1/log/bundle/{index})")
    Path bundle;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "the log's verifier key (from /log/vkey), or a file holding it (needed for evidence bundles)")
    String key;

    @Option(names = "--party-key", paramLabel = "VKEY", description = "for a signed version: a party's published key, "
            + "or a file holding it; repeatable (default: the keys in the file, which you should check)")
    List<String> partyKeys = new ArrayList<>();

    @Option(names = "--witness", paramLabel = "VKEY", description = "a trusted witness's cosigner key, or a file holding it")
    List<String> witnesses = new ArrayList<>();

    @Option(names = "--min-witnesses", paramLabel = "N", description = "how many of the witnesses must have cosigned "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "0")
    int minWitnesses;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = Files.readString(bundle, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PactaException.NotFound("no such file: " + bundle);
        }
        if (text.stripLeading().startsWith("{")) {
            return SignedVersionCheck.verify(text, partyKeys, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (key == null) {
            throw new PactaException.InvalidInput("key", "--key is required to verify an evidence bundle");
        }
        if (minWitnesses > witnesses.size()) {
            throw new PactaException.InvalidInput("min-witnesses", "--min-witnesses " + minWitnesses + " but only "
                    + witnesses.size() + " --witness keys were given");
        }
        EvidenceResult result;
        try {
            List<VerifierKey> witnessKeys = new ArrayList<>();
            for (String witness : witnesses) {
                witnessKeys.add(VerifierKey.parse(keyText(witness)));
            }
            result = EvidenceBundle.parse(text).verify(VerifierKey.parse(keyText(key)), witnessKeys, minWitnesses);
        } catch (LogFormatException e) {
            spec.commandLine().getErr().println("FAILED: " + Main.firstLine(e.getMessage()));
            return 1;
        }
        if (result instanceof EvidenceResult.Failed failed) {
            spec.commandLine().getErr().println("FAILED: " + failed.reason());
            return 1;
        }
        EvidenceResult.Verified verified = (EvidenceResult.Verified) result;
        EvidenceBundle parsed = EvidenceBundle.parse(text);
        spec.commandLine().getOut().println("OK: entry " + parsed.index() + " is in log " + verified.checkpoint().origin()
                + " at size " + verified.checkpoint().size() + ", checkpoint signed by the log key"
                + (verified.witnesses().isEmpty() ? "" : " and cosigned by " + verified.witnesses()));
        return 0;
    }

    /** A key given inline, or the first line of the file it names. */
    static String keyText(String value) throws IOException {
        Path path = Path.of(value);
        if (Files.isRegularFile(path)) {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        }
        return value.strip();
    }
}
