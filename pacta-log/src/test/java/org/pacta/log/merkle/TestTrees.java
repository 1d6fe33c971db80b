package org.pacta.log.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Reference trees for tests: a naive recursive RFC 9162 MTH, and a reader over all complete nodes. */
public final class TestTrees {
    /** Leaf inputs of the standard 8-leaf tree (transparency-dev/merkle testonly/constants.go L23-32). */
    public static final List<byte[]> EIGHT_LEAF_INPUTS = List.of(
            hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
            hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    private TestTrees() {
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** RFC 9162 §2.1.1 MTH of {@code leafHashes[from, to)}, straight from the definition. */
    public static byte[] naiveRoot(List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return MerkleHasher.emptyRoot();
        }
        if (n == 1) {
            return leafHashes.get(from).clone();
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleHasher.nodeHash(naiveRoot(leafHashes, from, from + k), naiveRoot(leafHashes, from + k, to));
    }

    public static byte[] naiveRoot(List<byte[]> leafHashes) {
        return naiveRoot(leafHashes, 0, leafHashes.size());
    }

    /** Leaf hashes of {@code count} synthetic entries "entry 0", "entry 1", … */
    public static List<byte[]> syntheticLeafHashes(int count) {
        List<byte[]> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hashes.add(MerkleHasher.leafHash(("entry " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    /** A reader holding every complete node of a tree built from {@code leafHashes}, level by level. */
    public static NodeReader reader(List<byte[]> leafHashes) {
        List<List<byte[]>> levels = new ArrayList<>();
        levels.add(new ArrayList<>(leafHashes));
        while (levels.get(levels.size() - 1).size() > 1) {
            List<byte[]> below = levels.get(levels.size() - 1);
            List<byte[]> above = new ArrayList<>();
            for (int i = 0; i + 1 < below.size(); i += 2) {
                above.add(MerkleHasher.nodeHash(below.get(i), below.get(i + 1)));
            }
            levels.add(above);
        }
        return (level, index) -> {
            if (level >= levels.size() || index >= levels.get(level).size()) {
                throw new IllegalArgumentException("no complete node (" + level + ", " + index + ") in a tree of " + leafHashes.size());
            }
            return levels.get(level).get((int) index);
        };
    }

    public static List<byte[]> leafHashes(List<byte[]> entries) {
        return entries.stream().map(MerkleHasher::leafHash).toList();
    }

    public static List<String> hexList(List<byte[]> hashes) {
        return hashes.stream().map(TestTrees::hex).toList();
    }

    public static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
