package org.pacta.app.log;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;
import org.pacta.log.witness.Witness;
import org.pacta.log.witness.WitnessDecision;

/**
 * A C2SP tlog-witness: {@code POST /add-checkpoint} cosigns a checkpoint of a trusted log when it is
 * consistent with the last one it cosigned for that origin. The check and the update of the
 * stored size are one atomic step, and the new size is on disk before the answer goes out.
 */
public final class WitnessServer {

    private static final int MAX_BODY = 64 * 1024;

    private WitnessServer() {
    }

    public static Javalin create(SignerKey witnessKey, List<VerifierKey> logKeys, Path stateDir) {
        requireNonNull(witnessKey, "witnessKey is null");
        Map<String, List<VerifierKey>> logs = new java.util.HashMap<>();
        for (VerifierKey key : logKeys) {
            logs.computeIfAbsent(key.name(), k -> new java.util.ArrayList<>()).add(key);
        }
        Witness witness = new Witness(logs, List.of(witnessKey.cosigner(() -> System.currentTimeMillis() / 1000)));
        WitnessStateStore states = new WitnessStateStore(stateDir);
        Object lock = new Object();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/add-checkpoint", ctx -> {
                byte[] body = ctx.bodyInputStream().readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    ctx.status(413).contentType("text/plain; charset=utf-8").result("request too large\n");
                    return;
                }
                WitnessDecision decision;
                synchronized (lock) {
                    decision = witness.decide(new String(body, StandardCharsets.UTF_8), states::latest);
                    if (decision instanceof WitnessDecision.Cosigned cosigned) {
                        states.save(cosigned.newState());
                    }
                }
                ctx.status(decision.status()).contentType(decision.contentType()).result(decision.body());
            });
            config.routes.get("/", ctx -> ctx.contentType("text/plain; charset=utf-8").result("Pacta witness "
                    + witnessKey.name() + "\ncosigner key: " + witnessKey.cosignerVerifierKey().encode() + "\nlogs: "
                    + String.join(", ", logs.keySet()) + "\n"));
        });
    }
}
