package org.pacta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for each quotation, who said it and with which reporting phrase. Rules are tried from
 * the most to the least specific, each one a construction of news prose:
 * <ol>
 *   <li>a sentence opening with a reporting participle reports its quotation:
 *       {@code Jugeant «…», Moscou entend…};</li>
 *   <li>an attribution right after the closing mark: {@code «…», a-t-il poursuivi},
 *       {@code "…," Lavrov said}, {@code “…”, Ryabkov a souligné}, {@code «…», — заявил он};
 *       a source given that way ({@code «…», selon le communiqué}) yields to a reporting verb
 *       earlier in the sentence;</li>
 *   <li>the nearest reporting phrase before it in the sentence: {@code X a affirmé que «…»},
 *       {@code Selon X, «…»}, {@code He stressed that "…"}, its speaker found by {@link Subjects};</li>
 *   <li>an attribution later in the sentence, after a comma or dash: {@code «…» à ses yeux, a déclaré X};</li>
 *   <li>a headline {@code Name: … “…”} when the name is a person's;</li>
 *   <li>a quotation forming a sentence of its own: attributed by the next sentence
 *       ({@code C'est ce qu'a déclaré X}, {@code Об этом заявил X}), else nobody's if it is a
 *       heading (a short paragraph without final punctuation), else the previous speaker's, else
 *       the person its paragraph is about.</li>
 * </ol>
 * Quotations are attributed in document order, each attribution feeding the salience that later
 * pronouns are resolved against.
 */
final class Attributor {

    /** The outcome for one quotation. */
    record Attribution(Optional<Speaker> speaker, Optional<String> verb, boolean speech) {
        static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());
        /** Not speech after all: the title of a linked article in a "Lire aussi" line. */
        static final Attribution NOT_SPEECH = new Attribution(Optional.empty(), Optional.empty(), false);

        Attribution(Optional<Speaker> speaker, Optional<String> verb) {
            this(speaker, verb, true);
        }
    }

    private static final int PREVIOUS_SPEAKER_REACH = 2;
    private static final List<String> BACKWARD_CUES = List.of(
            "c' est ce qu' ", "c' est ce que ", "voilà ce qu' ", "voilà ce que ", "telle est ", "tels sont ",
            "that is what ", "that was what ", "this is what ", "so said ", "об этом ", "так ", "такое ", "такими ");

    private final ReportText report;
    private final List<Token> tokens;
    private final List<QuoteSpan> quotes;
    private final Sentences sentences;
    private final Phrases phrases;
    private final Speakers speakers;
    private final NounPhrases nounPhrases;
    private final Subjects subjects;
    private final Headlines headlines;
    private final SubjectChain subjectChain;
    private final int[] paragraphStarts;
    private final int[] paragraphEnds;
    private Optional<Speaker> lastSpeaker = Optional.empty();
    private int lastSpeakerParagraph = -1;

    Attributor(ReportText report, List<Token> tokens, List<QuoteSpan> quotes, Sentences sentences,
               Phrases phrases, Speakers speakers, NounPhrases nounPhrases, Language language) {
        this.nounPhrases = nounPhrases;
        this.subjects = new Subjects(tokens, sentences, phrases, speakers, nounPhrases, language, () -> lastSpeaker);
        this.headlines = new Headlines(tokens, phrases, nounPhrases, subjects);
        this.subjectChain = new SubjectChain(tokens, phrases, speakers, nounPhrases, subjects);
        // Paragraph bounds per token, found once so that each quotation looks them up in constant time.
        this.paragraphStarts = new int[tokens.size()];
        this.paragraphEnds = new int[tokens.size()];
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == Token.Type.BREAK) {
                for (int k = start; k < i; k++) {
                    paragraphEnds[k] = i;
                }
                start = i + 1;
            }
            paragraphStarts[i] = start;
        }
        for (int k = start; k < tokens.size(); k++) {
            paragraphEnds[k] = tokens.size();
        }
        this.report = report;
        this.tokens = tokens;
        this.quotes = quotes;
        this.sentences = sentences;
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** Attributions for every quotation token, in document order (earlier ones inform later pronouns). */
    List<Attribution> attributeAll(List<Integer> quoteTokens) {
        List<Attribution> result = new ArrayList<>(quoteTokens.size());
        int sentence = 0;
        for (int qt : quoteTokens) {
            while (sentence < qt) {
                int end = Math.max(sentence + 1, sentences.end(sentence));
                subjectChain.follow(sentence, Math.min(end, qt));
                sentence = end;
            }
            Attribution attribution = attribute(qt);
            result.add(attribution);
            if (attribution.speaker().isPresent()) {
                Speaker speaker = attribution.speaker().get();
                speakers.mention(qt, speaker);
                lastSpeaker = Optional.of(speaker);
                lastSpeakerParagraph = report.paragraphAt(quotes.get(tokens.get(qt).quote()).close());
            }
        }
        return result;
    }

    private Attribution attribute(int qt) {
        int from = sentences.start(qt);
        int to = sentences.end(qt);
        QuoteSpan span = quotes.get(tokens.get(qt).quote());
        int paragraphStart = paragraphStarts[qt];
        int paragraphEnd = paragraphEnds[qt];
        if (span.paragraph() == 0 && isHeading(0)) {
            return new Attribution(headlines.speaker(qt, paragraphStart, paragraphEnd), Optional.empty());
        }
        int teaser = Headlines.teaserStart(tokens, paragraphStart, qt);
        if (teaser >= 0) {
            // "Lire aussi : Moscou ne veut pas de « … », selon Riabkov" quotes someone; "Read more:
            // ‘Red lines’ …" is only the title of another article.
            Optional<Speaker> speaker = headlines.explicitSpeaker(qt, teaser, paragraphEnd);
            return speaker.isPresent() ? new Attribution(speaker, Optional.empty()) : Attribution.NOT_SPEECH;
        }
        if (opensWithParticiple(from, qt)) {
            // "Estimant «…», Berlin a demandé…": the opening participle reports the quotation;
            // the clause after it is the main clause, not an attribution.
            Optional<Attribution> participle = left(qt, from);
            if (participle.isPresent()) {
                return participle.get();
            }
        }
        Optional<Attribution> found = rightAt(subjects.skipSeparators(qt + 1, to), to, qt);
        boolean rightIsSourcePreposition = found.isPresent() && found.get().verb().map(Attributor::isSourcePreposition).orElse(false);
        if (found.isEmpty() || rightIsSourcePreposition) {
            // "«…», selon le communiqué" names the document; a reporting verb earlier in the
            // sentence ("X a appelé à «…»") names the speaker and wins over it.
            Optional<Attribution> before = left(qt, from);
            if (before.isPresent()) {
                found = before;
            }
        }
        if (found.isEmpty()) {
            found = rightLater(qt, to);
        }
        if (found.isEmpty()) {
            found = headline(qt, from);
        }
        return found.orElseGet(() -> standalone(qt, from, to));
    }

    /** An attribution starting at token {@code k}: inverted verb then subject, or subject then verb. */
    private Optional<Attribution> rightAt(int k, int to, int qt) {
        if (k >= to) {
            return Optional.empty();
        }
        int head = phrases.headAfterFillers(k, to);
        if (head >= 0 && phrases.phrase(head, k).participle()) {
            // "«…», accusing Kyiv of…": a trailing participle continues its subject's action; it
            // does not introduce the quotation's speaker.
            return Optional.empty();
        }
        if (head >= 0) {
            Phrases.VerbPhrase phrase = phrases.phrase(head, k);
            Optional<Speaker> speaker;
            if (phrase.pronoun().equals("on")) {
                return Optional.of(new Attribution(subjects.impersonal(phrase.last() + 1, to), Optional.of(verbText(phrase))));
            }
            if (phrase.preposition()) {
                speaker = subjects.prepositionSubject(phrase, to);
            } else if (!phrase.pronoun().isEmpty()) {
                speaker = speakers.resolvePronoun(phrase.pronoun(), phrase.first());
            } else {
                speaker = nounPhrases.subjectAfter(phrase.last() + 1, to);
                if (speaker.isEmpty()) {
                    speaker = speakers.resolvePronoun("", qt);
                }
            }
            return Optional.of(new Attribution(speaker, Optional.of(verbText(phrase))));
        }
        Optional<NounPhrases.Found> subject = nounPhrases.entityAt(k, to);
        if (subject.isPresent() && phrases.headAfterFillers(subject.get().end(), to) < 0) {
            // "Pentagon spokesman John Kirby told": the name after the title phrase is the subject.
            Optional<NounPhrases.Found> named = nounPhrases.appositiveName(subject.get().end(), to);
            if (named.isPresent()) {
                subject = named;
            }
        }
        if (subject.isPresent() && subject.get().speaker().isPresent()) {
            int verb = phrases.headAfterFillers(subject.get().end(), to);
            if (verb >= 0 && !phrases.phrase(verb, subject.get().end()).preposition()) {
                Phrases.VerbPhrase phrase = phrases.phrase(verb, subject.get().end());
                return Optional.of(new Attribution(subject.get().speaker(), Optional.of(verbText(phrase))));
            }
        }
        return Optional.empty();
    }

    /** Nouns of speech whose owner is the quotation's speaker: "Blinken's statement that “…”". */
    private static final java.util.Set<String> SPEECH_NOUNS = Lexicon.words(
            "statement", "statements", "remarks", "remark", "words", "claim", "claims", "assurance", "assurances",
            "promise", "pledge", "comment", "comments", "declaration", "warning", "déclaration", "déclarations",
            "propos", "affirmation", "promesse", "assurance", "avertissement", "formule", "mots");

    /** "Blinken's statement that “…”", "la déclaration de Lavrov selon laquelle «…»": the owner of the words. */
    private Optional<Attribution> speechNounOwner(int qt, int from) {
        int k = qt - 1;
        while (k >= from && k >= qt - 3 && tokens.get(k).isWord()
                && (tokens.get(k).lower().equals("that") || tokens.get(k).lower().equals("laquelle") || tokens.get(k).lower().equals("selon")
                || tokens.get(k).lower().equals("lequel") || tokens.get(k).lower().equals("lesquels") || tokens.get(k).lower().equals("lesquelles"))) {
            k--;
        }
        if (k < from || !tokens.get(k).isWord() || !SPEECH_NOUNS.contains(tokens.get(k).lower())) {
            return Optional.empty();
        }
        int noun = k;
        Token before = noun - 1 >= from ? tokens.get(noun - 1) : null;
        Optional<Speaker> owner = Optional.empty();
        if (before != null && before.capitalised() && (before.lower().endsWith("'s") || before.lower().endsWith("’s"))) {
            owner = nounPhrases.subjectBefore(noun - 1, from);
        } else if (noun + 2 < qt && (tokens.get(noun + 1).lower().equals("de") || tokens.get(noun + 1).lower().equals("of"))
                && tokens.get(noun + 2).capitalised()) {
            owner = nounPhrases.entityAt(noun + 2, qt).flatMap(NounPhrases.Found::speaker);
        }
        return owner.filter(Speaker::person).map(speaker -> new Attribution(Optional.of(speaker), Optional.of(tokens.get(noun).text())));
    }

    /** The nearest reporting phrase before the quotation in its sentence. */
    private Optional<Attribution> left(int qt, int from) {
        Optional<Attribution> owned = speechNounOwner(qt, from);
        if (owned.isPresent()) {
            return owned;
        }
        for (int k = qt - 1; k >= from; k--) {
            if (!phrases.isHead(k)) {
                continue;
            }
            Phrases.VerbPhrase phrase = phrases.phrase(k, from);
            Optional<Speaker> speaker;
            Optional<Attribution> absolute = phrase.first() == from && !phrase.preposition() ? absoluteParticiple(phrase, qt) : Optional.empty();
            if (absolute.isPresent()) {
                return absolute;
            }
            if (narrativeInfinitive(phrase, from) && lastSpeaker.isPresent()) {
                // "Et de conclure : «…»": the narrative infinitive continues the speaker's account.
                return Optional.of(new Attribution(lastSpeaker, Optional.of(report.text().substring(
                        tokens.get(from).start(), tokens.get(phrase.last()).end()))));
            }
            if (phrase.preposition()) {
                speaker = subjects.prepositionSubject(phrase, qt);
                if (speaker.isEmpty() && tokens.get(k).lower().equals("pour")) {
                    continue;
                }
            } else if (phrase.participle()) {
                speaker = subjects.participleSubject(phrase, qt, from);
            } else {
                Optional<Phrases.VerbPhrase> framing = subjects.framingSource(from, phrase.first());
                if (framing.isPresent()) {
                    // "Selon lui, les Etats-Unis ont promis «…»": the opening source frames the sentence.
                    Phrases.VerbPhrase source = framing.get();
                    Optional<Speaker> framed = subjects.prepositionSubject(source, phrase.first());
                    if (framed.isPresent()) {
                        return Optional.of(new Attribution(framed, Optional.of(verbText(source))));
                    }
                }
                Optional<Phrases.VerbPhrase> outer = subjects.governingReport(phrase, from);
                if (outer.isPresent()) {
                    // "X said the organisation welcomed “…”": the words are X's, reporting the clause.
                    phrase = outer.get();
                }
                speaker = subjects.finiteSubject(phrase, from, qt);
            }
            return Optional.of(new Attribution(speaker, Optional.of(verbText(phrase))));
        }
        return Optional.empty();
    }

    /**
     * "Invité de l'émission dimanche, le ministre a refusé que l'UE soit «…»", "Asked about the
     * talks, Lavrov said…": a past participle opening the sentence describes the main clause's
     * subject, who speaks; the participle itself reports nothing.
     */
    private Optional<Attribution> absoluteParticiple(Phrases.VerbPhrase phrase, int qt) {
        String head = tokens.get(phrase.head()).lower();
        boolean pastParticiple = head.endsWith("é") || head.endsWith("ée") || head.endsWith("és") || head.endsWith("ées")
                || head.endsWith("ed") || head.equals("interrogé") || head.equals("asked");
        if (!pastParticiple) {
            return Optional.empty();
        }
        for (int k = phrase.last() + 1; k < qt; k++) {
            if (tokens.get(k).isQuote()) {
                return Optional.empty();
            }
            if (tokens.get(k).isPunct(',')) {
                int subjectStart = subjects.skipSeparators(k, qt);
                Optional<NounPhrases.Found> subject = nounPhrases.entityAt(subjectStart, qt);
                if (subject.isEmpty() || subject.get().speaker().isEmpty()) {
                    return Optional.empty();
                }
                int verb = phrases.headAfterFillers(subject.get().end(), qt);
                Optional<String> verbText = verb >= 0 ? Optional.of(verbText(phrases.phrase(verb, subject.get().end())))
                        : Optional.empty();
                return Optional.of(new Attribution(subject.get().speaker(), verbText));
            }
        }
        return Optional.empty();
    }

    /** "Et de conclure", "Et d'ajouter": an infinitive after "de" in a sentence opening with "Et". */
    private boolean narrativeInfinitive(Phrases.VerbPhrase phrase, int from) {
        int before = phrase.first() - 1;
        return before > from && tokens.get(from).lower().equals("et") && before - from <= 2
                && (tokens.get(before).lower().equals("de") || tokens.get(before).lower().equals("d'"));
    }

    /** An inverted attribution further on in the sentence, after a comma or dash. */
    private Optional<Attribution> rightLater(int qt, int to) {
        for (int k = qt + 1; k < to; k++) {
            Token token = tokens.get(k);
            if (token.isQuote()) {
                return Optional.empty();
            }
            if (token.type() == Token.Type.PUNCT && Subjects.SEPARATORS.contains(token.text())) {
                Optional<Attribution> found = rightAt(subjects.skipSeparators(k, to), to, qt);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** "Blinken: … ‘…’": a name and a colon opening the sentence attribute what follows. */
    private Optional<Attribution> headline(int qt, int from) {
        if (!tokens.get(from).capitalised()) {
            return Optional.empty();
        }
        int end = NameIndex.runEnd(tokens, from);
        if (end == from || end >= qt || !tokens.get(end).isPunct(':')) {
            return Optional.empty();
        }
        Optional<Speaker> speaker = nounPhrases.runSpeaker(from, end);
        boolean quoteRightAfterColon = end + 1 == qt;
        if (speaker.isEmpty() || !speaker.get().person() && !quoteRightAfterColon) {
            // "Ukraine : Paris condamne…": a place before a colon is the topic, not a speaker.
            return Optional.empty();
        }
        return Optional.of(new Attribution(speaker, Optional.empty()));
    }

    /** A quotation with no attribution of its own: the previous speaker's, unless it is a heading. */
    private Attribution standalone(int qt, int from, int to) {
        for (int i = from; i < to; i++) {
            if (i != qt && tokens.get(i).isWord()) {
                return Attribution.NONE;
            }
        }
        Optional<Attribution> backward = backward(to);
        if (backward.isPresent()) {
            return backward.get();
        }
        QuoteSpan quote = quotes.get(tokens.get(qt).quote());
        int paragraph = quote.paragraph();
        if (isHeading(paragraph)) {
            return Attribution.NONE;
        }
        if (lastSpeaker.isPresent() && paragraph - lastSpeakerParagraph <= PREVIOUS_SPEAKER_REACH) {
            return new Attribution(lastSpeaker, Optional.empty());
        }
        // "Stoltenberg was blunt. «…»": nobody quoted yet, so the person the paragraph is about.
        int paragraphStart = from;
        while (paragraphStart > 0 && tokens.get(paragraphStart - 1).type() != Token.Type.BREAK) {
            paragraphStart--;
        }
        return new Attribution(speakers.firstPersonBetween(paragraphStart, qt), Optional.empty());
    }

    /**
     * An attribution pointing back at the quotation from the next sentence: "C'est ce qu'a déclaré
     * X", "Об этом заявил X", "That is what X said".
     */
    private Optional<Attribution> backward(int next) {
        if (next >= tokens.size() || !startsWithBackwardCue(next)) {
            return Optional.empty();
        }
        int end = sentences.end(next);
        for (int k = next; k < end; k++) {
            if (phrases.isHead(k) && !phrases.phrase(k, next).preposition()) {
                Phrases.VerbPhrase phrase = phrases.phrase(k, next);
                return Optional.of(new Attribution(subjects.finiteSubject(phrase, next, end), Optional.of(verbText(phrase))));
            }
        }
        return Optional.empty();
    }

    private boolean startsWithBackwardCue(int next) {
        StringBuilder opening = new StringBuilder();
        for (int i = next; i < Math.min(tokens.size(), next + 4) && tokens.get(i).isWord(); i++) {
            opening.append(tokens.get(i).lower()).append(' ');
        }
        String start = opening.toString();
        for (String cue : BACKWARD_CUES) {
            if (start.startsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A title or subheading: a short paragraph with no final punctuation, or the report's first line of that kind. */
    private boolean isHeading(int paragraphIndex) {
        Paragraph paragraph = report.paragraphs().get(paragraphIndex);
        String text = report.text();
        int end = paragraph.end();
        while (end > paragraph.start() && "»”“\"’'›) ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == paragraph.start()) {
            return true;
        }
        boolean terminal = ".!?…:;".indexOf(text.charAt(end - 1)) >= 0;
        int words = 1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return !terminal && words <= 30;
    }

    /** Whether the sentence opens with a reporting participle ("Jugeant", "En affirmant") before the quotation. */
    private boolean opensWithParticiple(int from, int qt) {
        int first = from;
        if (first < qt && tokens.get(first).lower().equals("en")) {
            first++;
        }
        return first < qt && phrases.isHead(first) && phrases.phrase(first, from).participle();
    }

    private static boolean isSourcePreposition(String verb) {
        String lower = verb.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("selon") || lower.equals("according to") || lower.equals("d'après")
                || lower.startsWith("по ");
    }

    private String verbText(Phrases.VerbPhrase phrase) {
        return report.text().substring(tokens.get(phrase.first()).start(), tokens.get(phrase.last()).end());
    }
}
