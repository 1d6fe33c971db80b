package org.pacta.core.instrument;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.PactaException;

/**
 * What changed from one version of an instrument to another, provision by provision. Provisions are
 * matched by their stable {@code eid}, never by position, so an article that was renumbered
 * ("Article 4" became "Article 5" when a new article was put before it) is compared with itself and
 * reported as renumbered rather than as one article removed and another added.
 *
 * <p>The list follows the order of the later version; a removed provision is placed where it stood
 * in the earlier one, after the provisions that preceded it there and before any provision added in
 * the same place. Pure: no storage, no clock.
 *
 * @param from the earlier version's number (or whichever was given first)
 * @param to the later version's number
 * @param provisions one entry per eid found in either version
 */
public record Redline(int from, int to, List<ProvisionChange> provisions) {

    public Redline {
        provisions = List.copyOf(provisions);
    }

    /** The redline between two versions of the same instrument. */
    public static Redline between(Version from, Version to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (!from.instrument().equals(to.instrument())) {
            throw new PactaException.InvalidInput("to", "a redline compares versions of one instrument; "
                    + from.instrument() + " and " + to.instrument() + " differ");
        }
        return new Redline(from.number(), to.number(), compare(from.provisions(), to.provisions()));
    }

    /** Provision-by-provision changes from {@code before} to {@code after}, matched by eid. */
    public static List<ProvisionChange> compare(List<Provision> before, List<Provision> after) {
        Map<String, Provision> old = byEid(before);
        Map<String, Provision> current = byEid(after);
        List<ProvisionChange> out = new ArrayList<>();
        // Between two provisions both versions hold, removed ones come first, then added ones, as a
        // redline shows a deletion before the insertion that replaces it.
        List<ProvisionChange> added = new ArrayList<>();
        int next = 0;
        for (Provision provision : after) {
            int position = indexOf(before, provision.eid());
            if (position >= 0) {
                next = emitRemoved(before, next, position, current, out);
                next = Math.max(next, position + 1);
                out.addAll(added);
                added.clear();
                out.add(change(Optional.of(old.get(provision.eid())), Optional.of(provision)));
            } else {
                added.add(change(Optional.empty(), Optional.of(provision)));
            }
        }
        emitRemoved(before, next, before.size(), current, out);
        out.addAll(added);
        return out;
    }

    /** How many provisions changed in the given way. */
    public long count(Change change) {
        return provisions.stream().filter(p -> p.change() == change).count();
    }

    /** How many provisions kept their eid but changed their number. */
    public long renumbered() {
        return provisions.stream().filter(ProvisionChange::renumbered).count();
    }

    private static int emitRemoved(List<Provision> before, int from, int until, Map<String, Provision> current,
            List<ProvisionChange> out) {
        for (int i = from; i < until; i++) {
            if (!current.containsKey(before.get(i).eid())) {
                out.add(change(Optional.of(before.get(i)), Optional.empty()));
            }
        }
        return Math.max(from, until);
    }

    private static int indexOf(List<Provision> provisions, String eid) {
        for (int i = 0; i < provisions.size(); i++) {
            if (provisions.get(i).eid().equals(eid)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Provision> byEid(List<Provision> provisions) {
        Map<String, Provision> out = new LinkedHashMap<>();
        for (Provision provision : provisions) {
            if (out.put(provision.eid(), provision) != null) {
                throw new PactaException.InvalidInput("provisions", "eid \"" + provision.eid()
                        + "\" appears twice in one version");
            }
        }
        return out;
    }

    private static ProvisionChange change(Optional<Provision> before, Optional<Provision> after) {
        String oldText = before.map(Provision::text).orElse("");
        String newText = after.map(Provision::text).orElse("");
        String oldHeading = before.flatMap(Provision::heading).orElse("");
        String newHeading = after.flatMap(Provision::heading).orElse("");
        Change change;
        if (before.isEmpty()) {
            change = Change.ADDED;
        } else if (after.isEmpty()) {
            change = Change.REMOVED;
        } else if (oldText.equals(newText) && oldHeading.equals(newHeading)) {
            change = Change.UNCHANGED;
        } else {
            change = Change.CHANGED;
        }
        return new ProvisionChange(before.or(() -> after).orElseThrow().eid(), change, before, after,
                tokens(change, oldHeading, newHeading), tokens(change, oldText, newText));
    }

    private static List<Token> tokens(Change change, String before, String after) {
        return switch (change) {
            case ADDED -> after.isEmpty() ? List.of() : List.of(new Token(Op.INSERT, after));
            case REMOVED -> before.isEmpty() ? List.of() : List.of(new Token(Op.DELETE, before));
            case UNCHANGED -> before.isEmpty() ? List.of() : List.of(new Token(Op.EQUAL, before));
            case CHANGED -> before.equals(after)
                    ? (before.isEmpty() ? List.of() : List.of(new Token(Op.EQUAL, before)))
                    : RedlineDiff.words(before, after);
        };
    }

    /** What happened to one provision between the two versions. */
    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /** What one token of a redline does: kept, inserted by the later version, or deleted from the earlier. */
    public enum Op {
        EQUAL, INSERT, DELETE
    }

    /** A run of text with what happened to it. */
    public record Token(Op op, String text) {
        public Token {
            requireNonNull(op, "op is null");
            requireNonNull(text, "text is null");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a token has text");
            }
        }
    }

    /**
     * One provision's change. {@code heading} and {@code text} are redlines of the heading and the
     * text: for an added provision one INSERT, for a removed one one DELETE, for an unchanged one one
     * EQUAL, for a changed one the word-level diff. An absent heading is the empty string.
     */
    public record ProvisionChange(String eid, Change change, Optional<Provision> before, Optional<Provision> after,
            List<Token> heading, List<Token> text) {

        public ProvisionChange {
            requireNonNull(eid, "eid is null");
            requireNonNull(change, "change is null");
            requireNonNull(before, "before is null");
            requireNonNull(after, "after is null");
            heading = List.copyOf(heading);
            text = List.copyOf(text);
        }

        /** Whether the provision kept its eid but not its number ("Article 4" is now "Article 5"). */
        public boolean renumbered() {
            return before.isPresent() && after.isPresent()
                    && !before.get().number().equals(after.get().number());
        }

        /** The text the tokens spell for one side: EQUAL and DELETE for the earlier, EQUAL and INSERT for the later. */
        public static String spell(List<Token> tokens, boolean later) {
            StringBuilder out = new StringBuilder();
            for (Token token : tokens) {
                if (token.op() == Op.EQUAL || token.op() == (later ? Op.INSERT : Op.DELETE)) {
                    out.append(token.text());
                }
            }
            return out.toString();
        }
    }
}
