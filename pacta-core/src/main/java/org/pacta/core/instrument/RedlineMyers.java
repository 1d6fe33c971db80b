package org.pacta.core.instrument;

import java.util.Arrays;

/**
 * Myers' diff in linear space ("An O(ND) Difference Algorithm and Its Variations", 1986, section
 * 4b) over two sequences of ids: each box is trimmed of its common ends, then cut at a point of an
 * optimal edit path found by searching from both corners at once, and each half is solved alike. The
 * edit script goes to {@link Edits} in order. One instance per diff; not thread-safe.
 */
record RedlineMyers(int[] a, int[] b, Edits out) {

    /**
     * The edit distance (in half: each side searches this far) beyond which a box is cut without
     * looking for the optimal point. Revisions of one article stay far below it; two unrelated texts of
     * thousands of words reach it, and it keeps their diff from growing with the square of their size.
     */
    private static final int EXPENSIVE = 512;

    /** Receives the edit script in order. */
    interface Edits {
        void equal(int i, int j);

        void delete(int i);

        void insert(int j);
    }

    /** Diffs a[aLo, aHi) against b[bLo, bHi). */
    void diff(int aLo, int aHi, int bLo, int bHi) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
            out.equal(aLo++, bLo++);
        }
        int suffix = 0;
        while (aHi > aLo && bHi > bLo && a[aHi - 1] == b[bHi - 1]) {
            aHi--;
            bHi--;
            suffix++;
        }
        if (aLo == aHi) {
            for (int j = bLo; j < bHi; j++) {
                out.insert(j);
            }
        } else if (bLo == bHi) {
            for (int i = aLo; i < aHi; i++) {
                out.delete(i);
            }
        } else {
            long split = middle(aLo, aHi, bLo, bHi);
            int x = (int) (split >>> 32);
            int y = (int) split;
            diff(aLo, x, bLo, y);
            diff(x, aHi, y, bHi);
        }
        for (int k = 0; k < suffix; k++) {
            out.equal(aHi + k, bHi + k);
        }
    }

    /**
     * A point on an optimal edit path through the box, found by running the greedy search from
     * both corners until the two furthest-reaching paths meet on one diagonal. Both ends of the
     * box differ (the caller trimmed them), so the point is strictly inside and both halves shrink.
     * Answers x in the high 32 bits and y in the low 32 bits.
     */
    private long middle(int aLo, int aHi, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int limit = (n + m + 1) / 2 + 1;
        int offset = limit + 1;
        // forward[k] is the furthest x reached on diagonal k = x - y from (0, 0); backward[k] the
        // furthest distance reached from (n, m) on the mirrored diagonal; -1 where not reached yet.
        int[] forward = new int[2 * offset + 1];
        int[] backward = new int[2 * offset + 1];
        Arrays.fill(forward, -1);
        Arrays.fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        // Diagonals whose path ran off the box are dropped from the ends of the next sweeps.
        int forwardLow = 0;
        int forwardHigh = 0;
        int backwardLow = 0;
        int backwardHigh = 0;
        int bestX = 0;
        int bestY = 0;
        for (int d = 0; d <= limit; d++) {
            if (d > EXPENSIVE && bestX + bestY > 0) {
                // GNU diff's way out for texts that share little: cut at the forward point that got
                // furthest. The script stays valid but may no longer be minimal; after folding, the
                // redline of two texts this different reads the same.
                return split(aLo + bestX, bLo + bestY, aLo, aHi, bLo, bHi);
            }
            for (int k = -d + forwardLow; k <= d - forwardHigh; k += 2) {
                int x = k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aLo + x] == b[bLo + y]) {
                    x++;
                    y++;
                }
                forward[offset + k] = x;
                int mirrored = delta - k;
                if (x <= n && y <= m && x + y > bestX + bestY && (x < n || y < m)) {
                    bestX = x;
                    bestY = y;
                }
                if (x > n) {
                    forwardHigh += 2;
                } else if (y > m) {
                    forwardLow += 2;
                } else if (odd && mirrored >= -d + 1 && mirrored <= d - 1 && backward[offset + mirrored] != -1
                        && x + backward[offset + mirrored] >= n) {
                    return split(aLo + x, bLo + y, aLo, aHi, bLo, bHi);
                }
            }
            for (int k = -d + backwardLow; k <= d - backwardHigh; k += 2) {
                int x = k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aHi - 1 - x] == b[bHi - 1 - y]) {
                    x++;
                    y++;
                }
                backward[offset + k] = x;
                int mirrored = delta - k;
                if (x > n) {
                    backwardHigh += 2;
                } else if (y > m) {
                    backwardLow += 2;
                } else if (!odd && mirrored >= -d && mirrored <= d && forward[offset + mirrored] != -1
                        && x + forward[offset + mirrored] >= n) {
                    return split(aHi - x, bHi - y, aLo, aHi, bLo, bHi);
                }
            }
        }
        // Unreachable for a trimmed box (the searches meet by d = ceil(D / 2)); cut anywhere inside.
        return split(aLo + 1, bLo, aLo, aHi, bLo, bHi);
    }

    /** Packs a split point, refusing a corner: recursing on a box that did not shrink would never end. */
    private static long split(int x, int y, int aLo, int aHi, int bLo, int bHi) {
        boolean corner = x == aLo && y == bLo || x == aHi && y == bHi;
        if (corner || x < aLo || x > aHi || y < bLo || y > bHi) {
            throw new IllegalStateException("diff split (" + x + ", " + y + ") is not inside the box ("
                    + aLo + ".." + aHi + ", " + bLo + ".." + bHi + ")");
        }
        return ((long) x << 32) | y;
    }
}
