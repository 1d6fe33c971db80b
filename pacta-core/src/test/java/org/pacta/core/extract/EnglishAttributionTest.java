package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishAttributionTest {

    private static final String INTRO = "Foreign Minister Helen Carter arrived in Oslo on Monday for two days of talks.\n\n";

    @Test
    void attribute_nameThenSaidAfterQuote() {
        assertThat(Extracted.lines(INTRO + "\"We came to listen,\" Carter said."))
                .containsExactly("We came to listen, | Helen Carter | said");
    }

    @Test
    void attribute_saidThenName() {
        assertThat(Extracted.lines("“Nothing is settled yet,” said Mark Olsen, the chief negotiator."))
                .containsExactly("Nothing is settled yet, | Mark Olsen | said");
    }

    @Test
    void attribute_pronounAfterQuote() {
        assertThat(Extracted.lines(INTRO + "“The talks were frank,” she said."))
                .containsExactly("The talks were frank, | Helen Carter | said");
    }

    @Test
    void attribute_verbBeforeQuoteWithThat() {
        assertThat(Extracted.lines(INTRO + "Carter stressed that the proposal was \"a serious basis for work.\""))
                .containsExactly("a serious basis for work. | Helen Carter | stressed");
    }

    @Test
    void attribute_commaIntroduction() {
        assertThat(Extracted.lines(INTRO + "Asked about sanctions, Carter said, “That is not on the table.”"))
                .containsExactly("That is not on the table. | Helen Carter | said");
    }

    @Test
    void attribute_accordingToName() {
        assertThat(Extracted.lines(INTRO + "According to Carter, \"the next round could start in May.\""))
                .containsExactly("the next round could start in May. | Helen Carter | According to");
    }

    @Test
    void attribute_roleNounResolvedToTitledName() {
        assertThat(Extracted.lines(INTRO + "\"We will report back to parliament,\" the minister told reporters."))
                .containsExactly("We will report back to parliament, | Helen Carter | told");
    }

    @Test
    void attribute_coordinatedVerbSharesSubject() {
        String text = INTRO + "Carter also criticised the delay in the Baltic region and warned Moscow of \"serious costs.\"";
        assertThat(Extracted.lines(text)).containsExactly("serious costs. | Helen Carter | warned");
    }

    @Test
    void attribute_institutionSubject() {
        assertThat(Extracted.lines("The Pentagon said the deployment was \"temporary.\""))
                .containsExactly("temporary. | Pentagon | said");
    }

    @Test
    void attribute_titleStrippedFromName() {
        assertThat(Extracted.lines("President Alvarez admitted it was \"not ideal.\""))
                .containsExactly("not ideal. | Alvarez | admitted");
    }

    @Test
    void attribute_surnameMapsToFullNameGivenLater() {
        String text = " date 2024-03 Carter: Allies Will ‘Stay the Course’\n\n" + INTRO;
        assertThat(Extracted.lines(text)).containsExactly("Stay the Course | Helen Carter | -");
    }

    @Test
    void attribute_splitQuoteAroundSaid() {
        String text = INTRO + "\"We are patient,\" Carter said, \"but not endlessly so.\"";
        assertThat(Extracted.lines(text)).containsExactly(
                "We are patient, | Helen Carter | said",
                "but not endlessly so. | Helen Carter | said");
    }

    @Test
    void attribute_participleAfterMainVerb() {
        String text = INTRO + "Carter rejected the demands, calling them \"a step backwards.\"";
        assertThat(Extracted.lines(text)).containsExactly("a step backwards. | Helen Carter | calling");
    }

    @Test
    void attribute_anonymousSourceStaysUnnamed() {
        String text = INTRO + "According to a senior European diplomat, the text \"needs more work.\"";
        assertThat(Extracted.speakers(text)).containsExactly("senior European diplomat");
    }

    @Test
    void attribute_nounLookingLikeVerbIsNotAVerb() {
        String text = INTRO + "The main demands of the opposition include \"a new vote.\" Carter said nothing.";
        assertThat(Extracted.lines(text)).containsExactly("a new vote. | - | -");
    }

    @Test
    void attribute_quotedAsSaying() {
        String text = INTRO + "Carter was quoted as saying the vote would be \"close.\"";
        assertThat(Extracted.lines(text)).containsExactly("close. | Helen Carter | was quoted as saying");
    }

    @Test
    void attribute_absoluteParticipleHasItsOwnSubject() {
        String text = "Ministers agreed on new sanctions, with Chancellor Eva Brandt calling the deal \"overdue.\"";
        assertThat(Extracted.lines(text)).containsExactly("overdue. | Eva Brandt | calling");
    }

    @Test
    void attribute_documentAsSource() {
        assertThat(Extracted.lines("The final statement described the vote as \"free and fair.\""))
                .containsExactly("free and fair. | final statement | described");
    }

    @Test
    void attribute_bareComplementClauseReportsThroughSaid() {
        String text = "A spokesman for the agency said the government welcomed \"every sincere effort.\"";
        assertThat(Extracted.lines(text)).containsExactly("every sincere effort. | spokesman for the agency | said");
    }

    @Test
    void attribute_nationalityAndTitleBeforeName() {
        assertThat(Extracted.speakers("Dutch Prime Minister Pieter de Vries said the plan was \"realistic.\""))
                .containsExactly("Pieter de Vries");
    }

    @Test
    void attribute_standaloneQuoteAfterDescriptiveSentence() {
        String text = "Helen Carter was blunt on Tuesday. \"We will not wait forever.\"";
        assertThat(Extracted.lines(text)).containsExactly("We will not wait forever. | Helen Carter | -");
    }

    @Test
    void attribute_titlePhraseBeforeNameAfterQuote() {
        assertThat(Extracted.lines("\"We are ready,\" Pentagon spokesman Tom Reed told reporters."))
                .containsExactly("We are ready, | Tom Reed | told");
    }

    @Test
    void attribute_coordinatedVerbKeepsInstitutionSubject() {
        String text = INTRO + "Norway has denied the reports and has accused its neighbours of \"panic.\"";
        assertThat(Extracted.lines(text)).containsExactly("panic. | Norway | has accused");
    }
}
