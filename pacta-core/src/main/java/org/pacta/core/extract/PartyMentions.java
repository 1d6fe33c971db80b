package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the words of a text that name a party ("Moscou", "the United States", "l'OTAN", "НАТО")
 * and maps them to party ids. The aliases live in the resource {@code party-aliases.tsv} beside this
 * class, so adding a party or a spelling is a data change. The text is scanned once; at each word
 * start only the aliases sharing its first character are tried, longest first, so the longest
 * alias at a position wins ("Fédération de Russie" over "Russie").
 */
public final class PartyMentions {

    private static final String RESOURCE = "party-aliases.tsv";

    private final Map<String, String> partyByAlias;
    /** Aliases by first character, longest first, so a scan tries only the few that can match. */
    private final Map<Character, List<String>> aliasesByFirstChar;

    private PartyMentions(Map<String, String> partyByAlias) {
        this.partyByAlias = Map.copyOf(partyByAlias);
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String alias : partyByAlias.keySet()) {
            byFirst.computeIfAbsent(alias.charAt(0), c -> new ArrayList<>()).add(alias);
        }
        for (List<String> aliases : byFirst.values()) {
            aliases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        }
        this.aliasesByFirstChar = Map.copyOf(byFirst);
    }

    /** The alias table shipped with Pacta. */
    public static PartyMentions standard() {
        return Holder.STANDARD;
    }

    /** A finder over an explicit table of alias → party id, for tests and other datasets. */
    public static PartyMentions of(Map<String, String> partyByAlias) {
        return new PartyMentions(partyByAlias);
    }

    /** Every party mention in {@code text}, left to right, without overlaps. */
    public List<PartyMention> find(String text) {
        requireNonNull(text, "text is null");
        List<PartyMention> mentions = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            List<String> candidates = aliasesByFirstChar.get(c);
            if (candidates != null && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                Optional<String> found = longestAliasAt(text, i, candidates);
                if (found.isPresent()) {
                    String alias = found.get();
                    mentions.add(new PartyMention(partyByAlias.get(alias), alias, i, i + alias.length()));
                    i += alias.length();
                    continue;
                }
            }
            i++;
        }
        return mentions;
    }

    private static Optional<String> longestAliasAt(String text, int i, List<String> candidates) {
        for (String alias : candidates) {
            int end = i + alias.length();
            if (text.startsWith(alias, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    /** The distinct party ids mentioned in {@code text}, in order of first mention. */
    public List<String> parties(String text) {
        return find(text).stream().map(PartyMention::partyId).distinct().toList();
    }

    private static final class Holder {
        static final PartyMentions STANDARD = new PartyMentions(load());
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = PartyMentions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath: rebuild pacta-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " must be 'party-id<TAB>alias', was: " + line);
                }
                table.put(fields[1].strip(), fields[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }
}
