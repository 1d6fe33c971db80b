package org.pacta.core.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.instrument.Redline.Op;
import org.pacta.core.instrument.Redline.Token;

/**
 * A word-level diff of two texts: Myers' O((N+M)D) algorithm in its linear-space form ("An O(ND)
 * Difference Algorithm and Its Variations", 1986, section 4b; see {@link RedlineMyers}). The units compared are words
 * (letters, digits and marks) and single other characters; the white space after each unit rides
 * along with it and is compared only when the units around it match, so that spaces never anchor a
 * match between unrelated words, and N and D stay half what they would be with spaces as units.
 * Nothing is dropped: the EQUAL and DELETE tokens spell the old text exactly and the EQUAL and
 * INSERT tokens spell the new one, white space included.
 *
 * <p>A minimal diff is not always a readable one: two rewritten sentences share a few short words,
 * and a redline that keeps them reads as confetti. So after the diff, an unchanged stretch between
 * two changes is folded into them when it is only white space and punctuation, or when it is no
 * longer than the change on either side of it. Stateless and thread-safe.
 */
public final class RedlineDiff {

    private RedlineDiff() {
    }

    /** The redline from {@code before} to {@code after}, coalesced into runs. */
    public static List<Token> words(String before, String after) {
        return fold(coalesce(script(before, after)));
    }

    /**
     * The minimal edit script over units, before any folding or joining: per unit kept, one EQUAL
     * (and its white space as EQUAL, or as DELETE and INSERT where it changed); per unit removed or
     * added, one DELETE or INSERT of the unit and its white space.
     */
    static List<Token> script(String before, String after) {
        Split old = split(before);
        Split current = split(after);
        Map<String, Integer> ids = new HashMap<>();
        int[] a = intern(old.units(), ids);
        int[] b = intern(current.units(), ids);
        List<Token> out = new ArrayList<>(a.length + b.length + 2);
        space(out, old.lead(), current.lead());
        new RedlineMyers(a, b, new RedlineMyers.Edits() {
            @Override
            public void equal(int i, int j) {
                out.add(new Token(Op.EQUAL, old.units().get(i).core()));
                space(out, old.units().get(i).space(), current.units().get(j).space());
            }

            @Override
            public void delete(int i) {
                out.add(new Token(Op.DELETE, old.units().get(i).text()));
            }

            @Override
            public void insert(int j) {
                out.add(new Token(Op.INSERT, current.units().get(j).text()));
            }
        }).diff(0, a.length, 0, b.length);
        return out;
    }

    private static void space(List<Token> out, String before, String after) {
        if (before.equals(after)) {
            if (!before.isEmpty()) {
                out.add(new Token(Op.EQUAL, before));
            }
            return;
        }
        if (!before.isEmpty()) {
            out.add(new Token(Op.DELETE, before));
        }
        if (!after.isEmpty()) {
            out.add(new Token(Op.INSERT, after));
        }
    }

    /** A word or single other character, and the white space that follows it. */
    record Unit(String core, String space) {
        String text() {
            return core + space;
        }
    }

    /** A text as the white space before its first unit, then its units. */
    record Split(String lead, List<Unit> units) {
    }

    /** The units of {@code text}, in order. */
    static Split split(String text) {
        List<Unit> units = new ArrayList<>();
        int i = skipSpace(text, 0);
        String lead = text.substring(0, i);
        while (i < text.length()) {
            int start = i;
            int kind = kind(text.codePointAt(i));
            i += Character.charCount(text.codePointAt(i));
            if (kind == WORD) {
                while (i < text.length() && kind(text.codePointAt(i)) == WORD) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            int end = i;
            i = skipSpace(text, i);
            units.add(new Unit(text.substring(start, end), text.substring(end, i)));
        }
        return new Split(lead, units);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && kind(text.codePointAt(i)) == SPACE) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private static int kind(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return WORD;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return WORD;
        }
        // Character.isWhitespace leaves out the no-break spaces French typography puts before ":" and "»".
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) ? SPACE : OTHER;
    }

    private static int[] intern(List<Unit> units, Map<String, Integer> ids) {
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(units.get(i).core(), t -> ids.size());
        }
        return out;
    }

    /**
     * Folds unchanged stretches that only split a change in two into that change, as the class
     * comment says. {@code tokens} is coalesced: unchanged runs and changes alternate. One pass with
     * a stack: whenever the top is change, unchanged, change and the middle should fold, the three
     * become one change, which may in turn let the unchanged run below fold.
     */
    private static List<Token> fold(List<Token> tokens) {
        List<Segment> stack = new ArrayList<>();
        Segment pending = Segment.change();
        for (Token token : tokens) {
            if (token.op() == Op.EQUAL) {
                if (pending.size() > 0) {
                    push(stack, pending);
                    pending = Segment.change();
                }
                push(stack, Segment.unchanged(token.text()));
            } else {
                (token.op() == Op.DELETE ? pending.deleted : pending.inserted).append(token.text());
            }
        }
        if (pending.size() > 0) {
            push(stack, pending);
        }
        List<Token> out = new ArrayList<>();
        for (Segment segment : stack) {
            if (segment.unchanged) {
                out.add(new Token(Op.EQUAL, segment.equal));
            } else {
                if (!segment.deleted.isEmpty()) {
                    out.add(new Token(Op.DELETE, segment.deleted.toString()));
                }
                if (!segment.inserted.isEmpty()) {
                    out.add(new Token(Op.INSERT, segment.inserted.toString()));
                }
            }
        }
        return coalesce(out);
    }

    private static void push(List<Segment> stack, Segment segment) {
        stack.add(segment);
        while (stack.size() >= 3) {
            Segment after = stack.get(stack.size() - 1);
            Segment run = stack.get(stack.size() - 2);
            Segment before = stack.get(stack.size() - 3);
            if (after.unchanged || !run.unchanged || before.unchanged || !folds(before, run.equal, after)) {
                return;
            }
            before.deleted.append(run.equal).append(after.deleted);
            before.inserted.append(run.equal).append(after.inserted);
            stack.remove(stack.size() - 1);
            stack.remove(stack.size() - 1);
        }
    }

    private static boolean folds(Segment before, String run, Segment after) {
        boolean hasWord = run.codePoints().anyMatch(c -> kind(c) == WORD);
        return !hasWord || run.length() <= before.size() && run.length() <= after.size();
    }

    /** An unchanged run (its text in {@code equal}) or a change (its two sides in the builders). */
    private static final class Segment {
        final boolean unchanged;
        final String equal;
        final StringBuilder deleted = new StringBuilder();
        final StringBuilder inserted = new StringBuilder();

        private Segment(boolean unchanged, String equal) {
            this.unchanged = unchanged;
            this.equal = equal;
        }

        static Segment unchanged(String text) {
            return new Segment(true, text);
        }

        static Segment change() {
            return new Segment(false, "");
        }

        /** The size of a change: the longer of its two sides. */
        int size() {
            return Math.max(deleted.length(), inserted.length());
        }
    }

    /**
     * Joins neighbours: each unchanged run becomes one EQUAL, each change one DELETE then one INSERT.
     * White space that both sides of a change begin or end with is moved out of it, so a replaced
     * word reads "[-pas-]{+plus+} " rather than "[-pas -]{+plus +}".
     */
    private static List<Token> coalesce(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        StringBuilder equal = new StringBuilder();
        for (Token token : tokens) {
            switch (token.op()) {
                case EQUAL -> {
                    flushChange(out, deleted, inserted, equal);
                    equal.append(token.text());
                }
                case DELETE -> {
                    flushEqual(out, equal);
                    deleted.append(token.text());
                }
                case INSERT -> {
                    flushEqual(out, equal);
                    inserted.append(token.text());
                }
            }
        }
        flushChange(out, deleted, inserted, equal);
        flushEqual(out, equal);
        return List.copyOf(out);
    }

    private static void flushEqual(List<Token> out, StringBuilder equal) {
        if (!equal.isEmpty()) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).op() == Op.EQUAL) {
                out.set(last, new Token(Op.EQUAL, out.get(last).text() + equal));
            } else {
                out.add(new Token(Op.EQUAL, equal.toString()));
            }
            equal.setLength(0);
        }
    }

    /** Writes the pending change; common trailing white space goes to {@code equal}, which is empty here. */
    private static void flushChange(List<Token> out, StringBuilder deleted, StringBuilder inserted,
            StringBuilder equal) {
        if (!deleted.isEmpty() && !inserted.isEmpty()) {
            int lead = 0;
            while (lead < deleted.length() && lead < inserted.length() && deleted.charAt(lead) == inserted.charAt(lead)
                    && kind(deleted.charAt(lead)) == SPACE) {
                lead++;
            }
            if (lead > 0) {
                equal.append(deleted, 0, lead);
                flushEqual(out, equal);
                deleted.delete(0, lead);
                inserted.delete(0, lead);
            }
            int trail = 0;
            while (trail < deleted.length() && trail < inserted.length()
                    && deleted.charAt(deleted.length() - 1 - trail) == inserted.charAt(inserted.length() - 1 - trail)
                    && kind(deleted.charAt(deleted.length() - 1 - trail)) == SPACE) {
                trail++;
            }
            if (trail > 0) {
                equal.append(deleted, deleted.length() - trail, deleted.length());
                deleted.setLength(deleted.length() - trail);
                inserted.setLength(inserted.length() - trail);
            }
        }
        if (!deleted.isEmpty()) {
            out.add(new Token(Op.DELETE, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            out.add(new Token(Op.INSERT, inserted.toString()));
            inserted.setLength(0);
        }
    }
}
