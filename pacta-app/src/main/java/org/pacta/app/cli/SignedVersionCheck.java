package org.pacta.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pacta.core.PactaException;
import org.pacta.core.instrument.Version;
import org.pacta.core.instrument.VersionText;
import org.pacta.core.json.Json;
import org.pacta.log.note.VerifierKey;

/** Offline check of a signed version ({@code pacta-signed-version/v1}): digest recomputed, each signature verified. */
final class SignedVersionCheck {

    private SignedVersionCheck() {
    }

    static int verify(String text, List<String> givenKeys, PrintWriter out, PrintWriter err) throws IOException {
        JsonNode document = Json.tree(text.getBytes(StandardCharsets.UTF_8));
        if (!"pacta-signed-version/v1".equals(document.path("format").asText())) {
            throw new PactaException.InvalidInput("format", "not an evidence bundle nor a pacta-signed-version/v1 file");
        }
        ObjectNode versionNode = document.get("version").deepCopy();
        versionNode.remove("logIndex");
        Version version = Json.read(versionNode, Version.class);
        String digest = VersionText.digest(version);
        if (!digest.equals(document.path("digest").asText())) {
            err.println("FAILED: the version's text has digest " + digest + ", the file claims "
                    + document.path("digest").asText());
            return 1;
        }
        List<VerifierKey> trusted = new ArrayList<>();
        for (String key : givenKeys) {
            trusted.add(VerifierKey.parse(VerifyCommand.keyText(key)));
        }
        JsonNode signatures = document.path("signatures");
        if (!signatures.isArray() || signatures.isEmpty()) {
            err.println("FAILED: the file holds no signature");
            return 1;
        }
        List<String> signers = new ArrayList<>();
        for (JsonNode signature : signatures) {
            String party = signature.path("party").asText();
            List<VerifierKey> keys = new ArrayList<>();
            if (trusted.isEmpty()) {
                signature.path("keys").forEach(k -> keys.add(VerifierKey.parse(k.asText())));
            } else {
                trusted.stream().filter(k -> k.name().equals(party)).forEach(keys::add);
            }
            byte[] bytes = Base64.getDecoder().decode(signature.path("signature").asText());
            int keyId = ByteBuffer.wrap(bytes, 0, 4).getInt();
            byte[] raw = java.util.Arrays.copyOfRange(bytes, 4, bytes.length);
            boolean ok = keys.stream().anyMatch(k -> k.keyId() == keyId
                    && k.verifier().verify(VersionText.message(version), raw));
            if (!ok) {
                err.println("FAILED: the signature of " + party + " does not verify with "
                        + (trusted.isEmpty() ? "the keys in the file" : "the given keys"));
                return 1;
            }
            signers.add(party);
        }
        out.println("OK: version " + version.number() + " of " + version.instrument() + " (digest " + digest
                + ") is signed by " + String.join(", ", signers)
                + (trusted.isEmpty() ? " (keys taken from the file: check them against the parties' published keys)" : ""));
        return 0;
    }
}
