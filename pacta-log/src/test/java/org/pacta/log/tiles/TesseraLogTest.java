package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.log.SharedVectors;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.merkle.TestTrees;
import org.pacta.log.note.VerifierKey;

/**
 * End to end against Tessera's 15-entry test log (transparency-dev/tessera testdata/log, read
 * from shared/vectors/tessera-log): every checkpoint verifies with the published key, and every
 * root is recomputed both from the hash tiles and from the entry bundles.
 */
class TesseraLogTest {
    /** shared/vectors/README.md. */
    static final String VKEY = "example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx";

    private static Path log;

    @BeforeEach
    void locate() {
        log = SharedVectors.require("tessera-log");
    }

    @ParameterizedTest(name = "checkpoint.{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void checkpoint_verifiesAndRootRecomputesFromTilesAndBundles(int size) throws IOException {
        SignedCheckpoint signed = SignedCheckpoint.open(read("checkpoint." + size), VerifierKey.parse(VKEY).verifier());
        Checkpoint checkpoint = signed.checkpoint();
        assertThat(checkpoint.origin()).isEqualTo("example.com/log/testdata");
        assertThat(checkpoint.size()).isEqualTo(size);
        if (size == 0) {
            assertThat(checkpoint.rootHash()).isEqualTo(MerkleHasher.emptyRoot());
            return;
        }

        byte[] tile = Files.readAllBytes(log.resolve(new TilePath.Hashes(0, 0, size).path()));
        byte[] fromTiles = ProofBuilder.rootHash(size, new TileNodeReader((level, index, width) -> tile, size));
        List<byte[]> entries = EntryBundle.decode(Files.readAllBytes(log.resolve(new TilePath.Entries(0, size).path())));
        byte[] fromEntries = TestTrees.naiveRoot(TestTrees.leafHashes(entries));

        assertThat(entries).hasSize(size);
        assertThat(fromTiles).isEqualTo(checkpoint.rootHash());
        assertThat(fromEntries).isEqualTo(checkpoint.rootHash());
        for (int index = 0; index < size; index++) {
            ProofVerifier.verifyInclusion(index, size, MerkleHasher.leafHash(entries.get(index)),
                    ProofBuilder.inclusionProof(index, size, new TileNodeReader((level, i, width) -> tile, size)),
                    checkpoint.rootHash());
        }
    }

    @Test
    void integrate_entriesOneByOne_reproducesEveryTesseraTileByteForByte() throws IOException {
        List<byte[]> entries = EntryBundle.decode(Files.readAllBytes(log.resolve("tile/entries/000.p/15")));
        InMemoryTileStore store = new InMemoryTileStore();
        for (int size = 1; size <= 15; size++) {
            Integration integration = store.append(List.of(MerkleHasher.leafHash(entries.get(size - 1))));
            assertThat(integration.tiles()).hasSize(1);
            Tile tile = integration.tiles().get(0);
            assertThat(tile.path().path()).isEqualTo("tile/0/000.p/" + size);
            assertThat(tile.hashes()).isEqualTo(Files.readAllBytes(log.resolve(tile.path().path())));
            assertThat(EntryBundle.encode(entries.subList(0, size)))
                    .isEqualTo(Files.readAllBytes(log.resolve(new TilePath.Entries(0, size).path())));
        }
    }

    @Test
    void checkpoint_latestEqualsCheckpoint15() throws IOException {
        assertThat(read("checkpoint")).isEqualTo(read("checkpoint.15"));
    }

    private static String read(String name) throws IOException {
        return Files.readString(log.resolve(name), StandardCharsets.UTF_8);
    }
}
