package org.pacta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ordered speaker mentions pronouns and role nouns are resolved against: the names the report
 * gives, and every attribution made so far. Both lists are sorted by token, so look-ups are binary
 * searches, and every search is bounded by {@value #REACH} mentions: an antecedent further back
 * than that is not one a reader would recover, and the bound keeps long inputs linear.
 */
final class Salience {

    private static final int REACH = 48;

    private final List<NameIndex.Mention> named;
    private final List<NameIndex.Mention> spoken = new ArrayList<>();

    Salience(List<NameIndex.Mention> named) {
        this.named = List.copyOf(named);
    }

    /** Records an attribution; calls must come in token order, as the attributor makes them. */
    void add(NameIndex.Mention mention) {
        if (!spoken.isEmpty() && spoken.get(spoken.size() - 1).token() > mention.token()) {
            throw new IllegalStateException("attributions must be recorded in document order");
        }
        spoken.add(mention);
    }

    /** The latest sentence before {@code token} naming an acceptable speaker, and in it the first such speaker. */
    Optional<Speaker> latest(int token, Predicate<Speaker> acceptable) {
        List<NameIndex.Mention> before = mergedBefore(token);
        int chosen = -1;
        for (int i = before.size() - 1; i >= 0; i--) {
            NameIndex.Mention mention = before.get(i);
            if (chosen >= 0 && mention.sentence() != before.get(chosen).sentence()) {
                break;
            }
            if (acceptable.test(mention.speaker())) {
                chosen = i;
            }
        }
        return chosen < 0 ? Optional.empty() : Optional.of(before.get(chosen).speaker());
    }

    /** The first acceptable speaker mentioned at or after {@code from} and before {@code to}. */
    Optional<Speaker> first(int from, int to, Predicate<Speaker> acceptable) {
        Optional<NameIndex.Mention> a = firstIn(named, from, to, acceptable);
        Optional<NameIndex.Mention> b = firstIn(spoken, from, to, acceptable);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().token() <= b.get().token() ? a.get().speaker() : b.get().speaker());
        }
        return a.or(() -> b).map(NameIndex.Mention::speaker);
    }

    private static Optional<NameIndex.Mention> firstIn(List<NameIndex.Mention> mentions, int from, int to, Predicate<Speaker> acceptable) {
        int end = Math.min(mentions.size(), indexAtOrAfter(mentions, from) + REACH);
        for (int i = indexAtOrAfter(mentions, from); i < end && mentions.get(i).token() < to; i++) {
            if (acceptable.test(mentions.get(i).speaker())) {
                return Optional.of(mentions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Up to {@value #REACH} mentions of each list before {@code token}, merged in token order. */
    private List<NameIndex.Mention> mergedBefore(int token) {
        int namedEnd = indexAtOrAfter(named, token);
        int spokenEnd = indexAtOrAfter(spoken, token);
        int i = Math.max(0, namedEnd - REACH);
        int j = Math.max(0, spokenEnd - REACH);
        List<NameIndex.Mention> merged = new ArrayList<>((namedEnd - i) + (spokenEnd - j));
        while (i < namedEnd || j < spokenEnd) {
            if (j >= spokenEnd || i < namedEnd && named.get(i).token() <= spoken.get(j).token()) {
                merged.add(named.get(i++));
            } else {
                merged.add(spoken.get(j++));
            }
        }
        return merged;
    }

    /** The index of the first mention at or after {@code token}. */
    private static int indexAtOrAfter(List<NameIndex.Mention> mentions, int token) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).token() < token) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
