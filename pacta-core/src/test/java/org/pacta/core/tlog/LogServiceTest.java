package org.pacta.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.event.Event;
import org.pacta.core.testing.TestStores;
import org.pacta.core.testing.TestStores.Engine;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.evidence.EvidenceBundle;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.SignerKey;
import org.pacta.log.tiles.TilePath;

/** The Merkle log over a real store: every entry re-verified against the latest checkpoint after each step. */
class LogServiceTest {

    @TempDir
    Path temp;

    private final SignerKey key = SignerKey.generate("test.example/pacta");

    private static Event event(String id) {
        return new Event(id, Edtf.parse("2022-02-01"), "Event " + id, Event.EventKind.OTHER, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), false, Optional.empty());
    }

    /** Sunlight-style CheckLog: the checkpoint verifies and every entry is included in it. */
    private void checkLog(Pacta pacta) {
        SignedCheckpoint checkpoint = pacta.log().latest().orElseThrow();
        SignedCheckpoint.open(checkpoint.format(), key.verifierKey().verifier());
        long size = checkpoint.checkpoint().size();
        assertThat(size).isEqualTo(pacta.registry().size());
        List<byte[]> entries = pacta.log().store().entryBytes(0, size);
        for (long index = 0; index < size; index++) {
            ProofVerifier.verifyInclusion(index, size, MerkleHasher.leafHash(entries.get((int) index)),
                    pacta.log().inclusionProof(index, size), checkpoint.checkpoint().rootHash());
        }
        List<byte[]> leaves = new ArrayList<>();
        for (long tile = 0; tile * 256 < size; tile++) {
            int width = (int) Math.min(256, size - tile * 256);
            byte[] bytes = pacta.log().store().tile(new TilePath.Hashes(0, tile, width)).orElseThrow();
            for (int i = 0; i < width; i++) {
                leaves.add(java.util.Arrays.copyOfRange(bytes, i * 32, i * 32 + 32));
            }
        }
        assertThat(naiveRoot(leaves)).isEqualTo(checkpoint.checkpoint().rootHash());
        Fsck.Report report = new Fsck(pacta.registry(), pacta.log().store(), Optional.of(key.verifierKey()), s -> { }).run();
        assertThat(report.ok()).as(report.message()).isTrue();
    }

    private static byte[] naiveRoot(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int split = Integer.highestOneBit(leaves.size() - 1);
        return MerkleHasher.nodeHash(naiveRoot(leaves.subList(0, split)), naiveRoot(leaves.subList(split, leaves.size())));
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void integrate_coversEveryEntryAndStaysConsistent(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC(), key)) {
            pacta.log().integrateOnce();
            assertThat(pacta.log().latest().orElseThrow().checkpoint().size()).as("an empty log still has a checkpoint")
                    .isZero();
            pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
            pacta.log().integrateOnce();
            checkLog(pacta);
            long before = pacta.registry().size();
            byte[] oldRoot = pacta.log().rootHash(before);
            for (int i = 0; i < 5; i++) {
                pacta.registry().append("test", event("more-" + i));
            }
            pacta.log().integrateOnce();
            checkLog(pacta);
            long after = pacta.registry().size();
            ProofVerifier.verifyConsistency(before, after, oldRoot, pacta.log().rootHash(after),
                    pacta.log().consistencyProof(before, after));
            for (int batch = 0; batch < 3; batch++) {
                List<Event> many = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    many.add(event("bulk-" + batch + "-" + i));
                }
                pacta.registry().append("test", many);
                pacta.log().integrateOnce();
            }
            checkLog(pacta);
            assertThat(pacta.log().store().checkpoints()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void bundle_verifiesAndATamperedOneDoesNot(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC(), key)) {
            pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
            assertThatThrownBy(() -> pacta.log().bundle(3)).isInstanceOf(PactaException.NotFound.class);
            pacta.log().integrateOnce();
            String bundle = pacta.log().bundle(3).format();
            assertThat(EvidenceBundle.parse(bundle).verify(key.verifierKey(), List.of(), 0).ok()).isTrue();
            EvidenceBundle parsed = EvidenceBundle.parse(bundle);
            byte[] entry = parsed.entry();
            entry[entry.length / 2] ^= 1;
            EvidenceBundle tampered = new EvidenceBundle(parsed.index(), entry, parsed.inclusionProof(),
                    parsed.checkpointNote());
            assertThat(tampered.verify(key.verifierKey(), List.of(), 0).ok()).isFalse();
            assertThat(EvidenceBundle.parse(bundle).verify(SignerKey.generate("test.example/pacta").verifierKey(),
                    List.of(), 0).ok()).as("another key with the same name").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void fsck_namesTheFirstChangedIndex(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC(), key)) {
            pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
            pacta.log().integrateOnce();
            long index = pacta.registry().get(org.pacta.core.registry.Kind.COMMITMENT, "oral-1990").logIndex();
            pacta.database().jdbi().useHandle(h -> h.execute("UPDATE item SET title = 'rewritten' WHERE id = 'oral-1990'"));
            Fsck.Report changedRow = new Fsck(pacta.registry(), pacta.log().store(), Optional.of(key.verifierKey()),
                    s -> { }).run();
            assertThat(changedRow.ok()).isFalse();
            assertThat(changedRow.firstBadIndex()).contains(index);
            assertThat(changedRow.message()).contains("column title");
            pacta.database().jdbi().useHandle(h -> h.execute("UPDATE item SET title = 'The League will not move east.' "
                    + "WHERE id = 'oral-1990'"));
            assertThat(new Fsck(pacta.registry(), pacta.log().store(), Optional.of(key.verifierKey()), s -> { }).run().ok())
                    .isTrue();
            pacta.database().jdbi().useHandle(h -> h.execute("UPDATE log_entry SET actor = 'someone-else' WHERE idx = 4"));
            Fsck.Report changedColumn = new Fsck(pacta.registry(), pacta.log().store(), Optional.of(key.verifierKey()),
                    s -> { }).run();
            assertThat(changedColumn.firstBadIndex()).contains(4L);
            assertThat(changedColumn.message()).contains("column actor");
            pacta.database().jdbi().useHandle(h -> h.execute("UPDATE log_entry SET actor = 'test' WHERE idx = 4"));
            pacta.database().jdbi().useHandle(h -> h.execute("UPDATE log_entry SET actor = 'tset', "
                    + "body = replace(body, '\"actor\":\"test\"', '\"actor\":\"tset\"') WHERE idx = 4"));
            Fsck.Report changedEntry = new Fsck(pacta.registry(), pacta.log().store(), Optional.of(key.verifierKey()),
                    s -> { }).run();
            assertThat(changedEntry.firstBadIndex()).contains(4L);
            assertThat(changedEntry.message()).contains("entry bundle 0 differs from log entry 4");
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void append_entryOverBundleLimit_isRejected(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC(), key)) {
            Event huge = new Event("huge", Edtf.parse("2022"), "Huge", Event.EventKind.OTHER, List.of(), Optional.empty(),
                    Optional.empty(), Optional.of("x".repeat(70_000)), List.of(), false, Optional.empty());
            assertThatThrownBy(() -> pacta.registry().append("test", huge))
                    .isInstanceOf(PactaException.InvalidInput.class).hasMessageContaining("65535");
            assertThat(pacta.registry().size()).isZero();
        }
    }
}
