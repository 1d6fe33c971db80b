package org.pacta.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pacta.core.instrument.Redline.Op;
import org.pacta.core.instrument.Redline.ProvisionChange;
import org.pacta.core.instrument.Redline.Token;

class RedlineDiffTest {

    private static String render(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            switch (token.op()) {
                case EQUAL -> out.append(token.text());
                case DELETE -> out.append("[-").append(token.text()).append("-]");
                case INSERT -> out.append("{+").append(token.text()).append("+}");
            }
        }
        return out.toString();
    }

    private static void assertSpells(List<Token> tokens, String before, String after) {
        assertThat(ProvisionChange.spell(tokens, false)).isEqualTo(before);
        assertThat(ProvisionChange.spell(tokens, true)).isEqualTo(after);
    }

    @Test
    void split_wordsAndPunctuationCarryTheirSpace() {
        RedlineDiff.Split split = RedlineDiff.split(" Parties shall,  in good\u00a0faith: act.");
        assertThat(split.lead()).isEqualTo(" ");
        assertThat(split.units()).extracting(RedlineDiff.Unit::core).containsExactly("Parties", "shall", ",", "in",
                "good", "faith", ":", "act", ".");
        assertThat(split.units()).extracting(RedlineDiff.Unit::space).containsExactly(" ", "", "  ", " ", "\u00a0",
                "", " ", "", "");
        assertThat(RedlineDiff.split("l’Organisation").units()).extracting(RedlineDiff.Unit::core)
                .containsExactly("l", "’", "Organisation");
        assertThat(RedlineDiff.split("").units()).isEmpty();
    }

    @Test
    void words_identical_isOneEqual() {
        String text = "The Parties shall not deploy forces.";
        assertThat(RedlineDiff.words(text, text)).containsExactly(new Token(Op.EQUAL, text));
    }

    @Test
    void words_insertedWord_isMarkedAlone() {
        List<Token> tokens = RedlineDiff.words("The Parties shall not deploy forces.",
                "The Parties shall not deploy additional forces.");
        assertThat(render(tokens)).isEqualTo("The Parties shall not deploy {+additional +}forces.");
    }

    @Test
    void words_deletedClause_isOneDeletion() {
        String before = "Each Party shall refrain, within thirty days, from any such act.";
        String after = "Each Party shall refrain from any such act.";
        List<Token> tokens = RedlineDiff.words(before, after);
        assertThat(render(tokens)).isEqualTo("Each Party shall refrain[-, within thirty days,-] from any such act.");
        assertSpells(tokens, before, after);
    }

    @Test
    void words_replacedWords_foldSharedSpaces() {
        List<Token> tokens = RedlineDiff.words("the cat sat on the mat", "a dog sat on a rug");
        assertThat(render(tokens)).isEqualTo("[-the cat-]{+a dog+} sat on [-the mat-]{+a rug+}");
    }

    @Test
    void words_rewrittenSentence_doesNotKeepConfetti() {
        List<Token> tokens = RedlineDiff.words("Consultations shall be held at the request of either Party.",
                "Any dispute is settled by negotiation in a spirit of mutual respect.");
        assertThat(tokens.stream().filter(t -> t.op() == Op.EQUAL).map(Token::text).toList())
                .allSatisfy(equal -> assertThat(equal.strip()).isIn("", "."));
    }

    @Test
    void words_whitespaceChangesArePreserved() {
        String before = "Article text\nwith  two spaces.";
        String after = "Article text with two spaces.\n";
        List<Token> tokens = RedlineDiff.words(before, after);
        assertSpells(tokens, before, after);
    }

    @Test
    void words_emptySides() {
        assertThat(RedlineDiff.words("", "New text.")).containsExactly(new Token(Op.INSERT, "New text."));
        assertThat(RedlineDiff.words("Old text.", "")).containsExactly(new Token(Op.DELETE, "Old text."));
        assertThat(RedlineDiff.words("", "")).isEmpty();
    }

    @Test
    void words_frenchAccentsAndSurrogates() {
        String before = "Les Parties s’engagent à ne pas déployer 𝔸 forces.";
        String after = "Les Parties s’engagent à ne plus déployer 𝔸 forces.";
        List<Token> tokens = RedlineDiff.words(before, after);
        assertThat(render(tokens)).isEqualTo("Les Parties s’engagent à ne [-pas-]{+plus+} déployer 𝔸 forces.");
    }

    @Test
    void words_randomInputs_spellBothSides() {
        Random random = new Random(20211217);
        String[] vocabulary = {"a", "b", "c", " ", "d", ",", "  "};
        for (int round = 0; round < 3000; round++) {
            String before = randomText(random, vocabulary, random.nextInt(14));
            String after = random.nextInt(4) == 0 ? mutate(random, before, vocabulary)
                    : randomText(random, vocabulary, random.nextInt(14));
            assertSpells(RedlineDiff.words(before, after), before, after);
        }
    }

    /** Random texts over a tiny vocabulary reach every branch of the middle-snake search. */
    @Test
    void script_isMinimal_againstDynamicProgrammingLcs() {
        Random random = new Random(19900209);
        String[] vocabulary = {"a", "b", "c", " ", "d"};
        for (int round = 0; round < 5000; round++) {
            String before = randomText(random, vocabulary, random.nextInt(16));
            String after = random.nextInt(3) == 0 ? mutate(random, before, vocabulary)
                    : randomText(random, vocabulary, random.nextInt(16));
            List<String> a = RedlineDiff.split(before).units().stream().map(RedlineDiff.Unit::core).toList();
            List<String> b = RedlineDiff.split(after).units().stream().map(RedlineDiff.Unit::core).toList();
            List<Token> script = RedlineDiff.script(before, after);
            assertSpells(script, before, after);
            // Changed units only: a kept unit whose trailing space changed is not an edit of the unit.
            long edits = script.stream().filter(t -> t.op() != Op.EQUAL && !t.text().isBlank()).count();
            assertThat(edits).as(before + " -> " + after).isEqualTo(a.size() + b.size() - 2L * lcs(a, b));
        }
    }

    @Test
    void words_longArticles_spellBothSides() {
        Random random = new Random(1997);
        String[] vocabulary = {"the", "Parties", "shall", "not", "deploy", "forces", "territory", "of", "any",
            "State", "security", "guarantees", "and", "in", "accordance", "with", "this", "Treaty"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        String before = text.toString();
        String after = mutate(random, before, vocabulary);
        assertSpells(RedlineDiff.words(before, after), before, after);
        String unrelated = randomText(random, vocabulary, 4000);
        assertSpells(RedlineDiff.words(before, unrelated), before, unrelated);
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(vocabulary[random.nextInt(vocabulary.length)]);
            if (random.nextInt(3) > 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static String mutate(Random random, String text, String[] vocabulary) {
        List<String> tokens = new ArrayList<>(RedlineDiff.split(text).units().stream()
                .map(RedlineDiff.Unit::text).toList());
        int edits = 1 + random.nextInt(Math.max(1, tokens.size() / 5 + 1));
        for (int i = 0; i < edits; i++) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size());
            switch (random.nextInt(3)) {
                case 0 -> tokens.add(at, vocabulary[random.nextInt(vocabulary.length)] + " ");
                case 1 -> {
                    if (!tokens.isEmpty()) {
                        tokens.remove(at);
                    }
                }
                default -> {
                    if (!tokens.isEmpty()) {
                        tokens.set(at, vocabulary[random.nextInt(vocabulary.length)]);
                    }
                }
            }
        }
        return String.join("", tokens);
    }
}
