package org.pacta.core.tlog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pacta.core.PactaException;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.note.Note;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.VerifierKey;
import org.pacta.log.witness.AddCheckpointRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks witnesses to cosign each new checkpoint (C2SP tlog-witness add-checkpoint) and stores the
 * cosignatures they return, so that {@code /log/checkpoint} serves them. Runs off the integrator's
 * thread; a witness that is down delays nothing but its own cosignature.
 */
public final class WitnessClient implements AutoCloseable {

    /** A witness: where it listens and the cosigner key its signatures must verify with. */
    public record WitnessEndpoint(URI url, VerifierKey key) {
        public WitnessEndpoint {
            requireNonNull(url, "url is null");
            requireNonNull(key, "key is null");
        }

        /** Parses {@code VKEY@URL}, as given on the command line. */
        public static WitnessEndpoint parse(String text) {
            int at = text.lastIndexOf('@');
            if (at < 0) {
                throw new PactaException.InvalidInput("witness", "--witness must be VKEY@URL, was: " + text);
            }
            try {
                return new WitnessEndpoint(URI.create(text.substring(at + 1)), VerifierKey.parse(text.substring(0, at)));
            } catch (IllegalArgumentException e) {
                throw new PactaException.InvalidInput("witness", "--witness " + text + ": " + e.getMessage(), e);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WitnessClient.class);
    private final LogService log;
    private final List<WitnessEndpoint> witnesses;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pacta-witness-client");
        thread.setDaemon(true);
        return thread;
    });

    public WitnessClient(LogService log, List<WitnessEndpoint> witnesses) {
        this.log = requireNonNull(log, "log is null");
        this.witnesses = List.copyOf(witnesses);
        log.onCheckpoint(checkpoint -> executor.submit(() -> cosignAll(checkpoint)));
    }

    private void cosignAll(SignedCheckpoint checkpoint) {
        for (WitnessEndpoint witness : witnesses) {
            try {
                cosign(witness, checkpoint);
            } catch (IOException | RuntimeException e) {
                LOG.warn("witness {} did not cosign size {}: {}", witness.url(), checkpoint.checkpoint().size(),
                        e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void cosign(WitnessEndpoint witness, SignedCheckpoint checkpoint) throws IOException, InterruptedException {
        long size = checkpoint.checkpoint().size();
        long oldSize = log.store().lastCosignedSize(witness.key().name());
        for (int attempt = 0; attempt < 2; attempt++) {
            List<byte[]> proof = oldSize == 0 || oldSize == size ? List.of() : log.consistencyProof(oldSize, size);
            String body = new AddCheckpointRequest(oldSize, proof, checkpoint.format()).format();
            URI target = witness.url().resolve("add-checkpoint");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 409) {
                oldSize = Long.parseLong(response.body().strip());
                continue;
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + ": " + response.body().strip());
            }
            List<NoteSignature> lines = Note.parseSignatureLines(response.body());
            SignedCheckpoint cosigned = checkpoint.withCosignatures(lines);
            List<NoteSignature> valid = cosigned.cosignatures(List.of(witness.key().verifier()));
            if (valid.isEmpty()) {
                throw new IOException("its answer holds no cosignature that verifies with " + witness.key().encode());
            }
            for (NoteSignature signature : valid) {
                log.store().saveCosignature(size, witness.key().name(), signature.line());
            }
            return;
        }
        throw new IOException("it kept answering 409 (size conflict)");
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
