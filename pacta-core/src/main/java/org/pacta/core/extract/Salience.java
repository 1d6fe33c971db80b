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

    /**
     * The latest sentence before {@code token} naming an acceptable speaker, and in it the speaker
     * already quoted there if any, else the first acceptable one named.
     */
    Optional<Speaker> latest(int token, Predicate<Speaker> acceptable) {
        return latestInSentence(token, acceptable, true).map(NameIndex.Mention::speaker);
    }

    /** The latest sentence naming an acceptable speaker, and in it the first one, quoted or not. */
    Optional<Speaker> latestFirst(int token, Predicate<Speaker> acceptable) {
        return latestInSentence(token, acceptable, false).map(NameIndex.Mention::speaker);
    }

    private Optional<NameIndex.Mention> latestInSentence(int token, Predicate<Speaker> acceptable, boolean spokenFirst) {
        // Walks both lists backwards in step, newest mention first, without copying them.
        int i = indexAtOrAfter(named, token) - 1;
        int j = indexAtOrAfter(spoken, token) - 1;
        int namedFloor = Math.max(-1, i - REACH);
        int spokenFloor = Math.max(-1, j - REACH);
        NameIndex.Mention chosen = null;
        NameIndex.Mention spokenChoice = null;
        while (i > namedFloor || j > spokenFloor) {
            boolean isSpoken = !(j <= spokenFloor || i > namedFloor && named.get(i).token() > spoken.get(j).token());
            NameIndex.Mention mention = isSpoken ? spoken.get(j--) : named.get(i--);
            if (chosen != null && mention.sentence() != chosen.sentence()) {
                break;
            }
            if (acceptable.test(mention.speaker())) {
                chosen = mention;
                if (isSpoken) {
                    spokenChoice = mention;
                }
            }
        }
        return Optional.ofNullable(spokenFirst && spokenChoice != null ? spokenChoice : chosen);
    }

    /** The last attribution made before {@code token}. */
    Optional<NameIndex.Mention> lastSpoken(int token) {
        int j = indexAtOrAfter(spoken, token) - 1;
        return j >= 0 ? Optional.of(spoken.get(j)) : Optional.empty();
    }

    /** The acceptable speaker mentioned last before {@code token}. */
    Optional<Speaker> latestMention(int token, Predicate<Speaker> acceptable) {
        int i = indexAtOrAfter(named, token) - 1;
        int j = indexAtOrAfter(spoken, token) - 1;
        for (int steps = 0; steps < 2 * REACH && (i >= 0 || j >= 0); steps++) {
            NameIndex.Mention mention = j < 0 || i >= 0 && named.get(i).token() > spoken.get(j).token()
                    ? named.get(i--) : spoken.get(j--);
            if (acceptable.test(mention.speaker())) {
                return Optional.of(mention.speaker());
            }
        }
        return Optional.empty();
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
