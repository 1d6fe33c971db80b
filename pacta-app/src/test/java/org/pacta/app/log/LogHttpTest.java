package org.pacta.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.app.cli.Main;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.access.Role;
import org.pacta.core.json.Json;
import org.pacta.core.storage.Database;
import org.pacta.core.testing.TestStores;
import org.pacta.core.tlog.LogKeys;
import org.pacta.core.tlog.WitnessClient;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;
import org.pacta.log.tiles.EntryBundle;

/**
 * The log as an outside verifier sees it over HTTP: the checkpoint against /log/vkey, the root from
 * the level-0 tiles, the entry bundles hashed to the leaves, inclusion and consistency proofs, a
 * witness's cosignature, and pacta verify / pacta fsck on the result.
 */
class LogHttpTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Javalin> servers = new ArrayList<>();
    private Pacta pacta;

    @AfterEach
    void stop() {
        servers.forEach(Javalin::stop);
        if (pacta != null) {
            pacta.close();
        }
    }

    private byte[] get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    private String text(int port, String path) throws IOException, InterruptedException {
        return new String(get(port, path), StandardCharsets.UTF_8);
    }

    private static byte[] root(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int split = Integer.highestOneBit(leaves.size() - 1);
        return MerkleHasher.nodeHash(root(leaves.subList(0, split)), root(leaves.subList(split, leaves.size())));
    }

    private static int cli(StringWriter out, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
    }

    @Test
    void outsideVerifier_checksTheLiveLog() throws Exception {
        Path data = temp.resolve("data");
        SignerKey logKey = LogKeys.loadOrCreate(data, Optional.of("test.example/pacta"));
        SignerKey witnessKey = SignerKey.generate("witness.example/w1");
        Javalin witness = WitnessServer.create(witnessKey, List.of(logKey.verifierKey()), temp.resolve("witness"))
                .start("127.0.0.1", 0);
        servers.add(witness);

        pacta = new Pacta(Database.sqlite(data), Clock.systemUTC(), logKey);
        new WitnessClient(pacta.log(), List.of(new WitnessClient.WitnessEndpoint(
                URI.create("http://127.0.0.1:" + witness.port() + "/"), witnessKey.cosignerVerifierKey())));
        pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
        String admin = pacta.access().createToken("tester", Role.ADMIN, Optional.empty());
        pacta.log().start();
        Javalin server = PactaServer.create(pacta).start("127.0.0.1", 0);
        servers.add(server);
        int port = server.port();
        long size = pacta.registry().size();
        assertThat(pacta.log().awaitCovered(size - 1, 10_000)).isTrue();

        VerifierKey vkey = VerifierKey.parse(text(port, "/log/vkey").strip());
        SignedCheckpoint checkpoint = SignedCheckpoint.open(text(port, "/log/checkpoint"), vkey.verifier());
        assertThat(checkpoint.checkpoint().size()).isEqualTo(size);
        List<byte[]> leaves = new ArrayList<>();
        byte[] tile = get(port, "/log/tile/0/000.p/" + size);
        byte[] bundle = get(port, "/log/tile/entries/000.p/" + size);
        List<byte[]> entries = EntryBundle.decode(bundle);
        for (int i = 0; i < size; i++) {
            byte[] leaf = Arrays.copyOfRange(tile, i * 32, i * 32 + 32);
            assertThat(MerkleHasher.leafHash(entries.get(i))).as("bundle entry %d hashes to its leaf", i).isEqualTo(leaf);
            leaves.add(leaf);
        }
        assertThat(root(leaves)).isEqualTo(checkpoint.checkpoint().rootHash());
        Random random = new Random(7);
        for (int n = 0; n < 10; n++) {
            long index = random.nextInt((int) size);
            JsonNode proof = Json.tree(get(port, "/api/v1/log/proof/inclusion?index=" + index + "&size=" + size));
            List<byte[]> hashes = new ArrayList<>();
            proof.get("proof").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asText())));
            ProofVerifier.verifyInclusion(index, size, leaves.get((int) index), hashes, checkpoint.checkpoint().rootHash());
        }

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/events" + (i == 0 ? "?wait=checkpoint" : ""))).header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2022-02-0" + (i + 1) + "\",\"title\":\"more\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            if (i == 0) {
                long covered = Long.parseLong(created.headers().firstValue("Pacta-Checkpoint-Size").orElseThrow());
                assertThat(covered).as("a writer that asks waits for a checkpoint covering its entry")
                        .isGreaterThan(Json.tree(created.body().getBytes(StandardCharsets.UTF_8)).get("logIndex").asLong());
            }
        }
        long newSize = size + 5;
        assertThat(pacta.log().awaitCovered(newSize - 1, 5_000)).as("five more writes reach a checkpoint within seconds")
                .isTrue();
        SignedCheckpoint later = SignedCheckpoint.open(text(port, "/log/checkpoint"), vkey.verifier());
        JsonNode consistency = Json.tree(get(port, "/api/v1/log/proof/consistency?from=" + size + "&to="
                + later.checkpoint().size()));
        List<byte[]> proof = new ArrayList<>();
        consistency.get("proof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asText())));
        ProofVerifier.verifyConsistency(size, later.checkpoint().size(), checkpoint.checkpoint().rootHash(),
                later.checkpoint().rootHash(), proof);

        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && !text(port, "/log/checkpoint").contains("witness.example/w1")) {
            Thread.sleep(50);
        }
        SignedCheckpoint cosigned = SignedCheckpoint.open(text(port, "/log/checkpoint"), vkey.verifier());
        assertThat(cosigned.cosignatures(List.of(witnessKey.cosignerVerifierKey().verifier()))).hasSize(1);

        Path bundleFile = temp.resolve("entry.evidence");
        Files.write(bundleFile, get(port, "/api/v1/log/bundle/3"));
        Path witnessFile = temp.resolve("witness.vkey");
        Files.writeString(witnessFile, witnessKey.cosignerVerifierKey().encode());
        StringWriter out = new StringWriter();
        assertThat(cli(out, "verify", bundleFile.toString(), "--key", vkey.encode(), "--witness", witnessFile.toString(),
                "--min-witnesses", "1")).as(out.toString()).isZero();
        byte[] tampered = Files.readAllBytes(bundleFile);
        int at = new String(tampered, StandardCharsets.UTF_8).indexOf("\nentry ") + 12;
        tampered[at] = (byte) (tampered[at] == 'A' ? 'B' : 'A');
        Path tamperedFile = temp.resolve("tampered.evidence");
        Files.write(tamperedFile, tampered);
        StringWriter failed = new StringWriter();
        assertThat(cli(failed, "verify", tamperedFile.toString(), "--key", vkey.encode())).isEqualTo(1);
        assertThat(failed.toString().strip().lines()).hasSize(1);

        server.stop();
        pacta.close();
        pacta = null;
        StringWriter fsck = new StringWriter();
        assertThat(cli(fsck, "fsck", "--data", data.toString(), "--quiet")).as(fsck.toString()).isZero();
        try (Pacta raw = new Pacta(Database.sqlite(data), Clock.systemUTC())) {
            raw.database().jdbi().useHandle(h -> h.execute("UPDATE item SET title = 'changed' WHERE id = 'alpha'"));
        }
        StringWriter broken = new StringWriter();
        assertThat(cli(broken, "fsck", "--data", data.toString(), "--quiet")).isEqualTo(1);
        assertThat(broken.toString()).contains("party/alpha", "column title");
    }
}
