package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchAttributionTest {

    private static final String INTRO = "Le ministre des Affaires étrangères Pierre Durand s'est rendu mardi à Vienne.\n\n";

    @Test
    void attribute_invertedVerbWithName() {
        assertThat(Extracted.lines("«Nous restons prudents», a déclaré Pierre Durand."))
                .containsExactly("Nous restons prudents | Pierre Durand | a déclaré");
    }

    @Test
    void attribute_invertedPronounResolvedToLastPerson() {
        assertThat(Extracted.lines(INTRO + "«Rien n'est encore décidé», a-t-il poursuivi."))
                .containsExactly("Rien n'est encore décidé | Pierre Durand | a-t-il poursuivi");
    }

    @Test
    void attribute_presentTenseInversion() {
        assertThat(Extracted.lines(INTRO + "«La balle est dans leur camp», estime-t-il."))
                .containsExactly("La balle est dans leur camp | Pierre Durand | estime-t-il");
    }

    @Test
    void attribute_adverbsInsideVerbPhrase() {
        assertThat(Extracted.lines(INTRO + "«Le calendrier tient», a tout d'abord fait savoir Pierre Durand."))
                .containsExactly("Le calendrier tient | Pierre Durand | a tout d'abord fait savoir");
    }

    @Test
    void attribute_roleNounAfterVerb() {
        assertThat(Extracted.lines(INTRO + "«Nous garderons le contact», a assuré le ministre."))
                .containsExactly("Nous garderons le contact | Pierre Durand | a assuré");
    }

    @Test
    void attribute_subjectBeforeVerbAfterQuote() {
        assertThat(Extracted.lines(INTRO + "«Le moment est grave», Durand a mis en garde jeudi."))
                .containsExactly("Le moment est grave | Pierre Durand | a mis en garde");
    }

    @Test
    void attribute_verbBeforeQuoteWithQue() {
        assertThat(Extracted.lines(INTRO + "Pierre Durand a affirmé que «la France tiendra parole»."))
                .containsExactly("la France tiendra parole | Pierre Durand | a affirmé");
    }

    @Test
    void attribute_colonIntroduction() {
        assertThat(Extracted.lines(INTRO + "Le ministre a prévenu : «Nous ne céderons rien.»"))
                .containsExactly("Nous ne céderons rien. | Pierre Durand | a prévenu");
    }

    @Test
    void attribute_selonName() {
        assertThat(Extracted.lines(INTRO + "Selon Durand, «la porte reste ouverte»."))
                .containsExactly("la porte reste ouverte | Pierre Durand | Selon");
    }

    @Test
    void attribute_selonPronoun() {
        assertThat(Extracted.lines(INTRO + "Selon lui, «tout dépendra de Berlin»."))
                .containsExactly("tout dépendra de Berlin | Pierre Durand | Selon");
    }

    @Test
    void attribute_participleAttachedToCurrentSubject() {
        String text = INTRO + "«Nous attendons une réponse», a-t-il expliqué, soulignant que Paris restait «disponible».";
        assertThat(Extracted.lines(text)).containsExactly(
                "Nous attendons une réponse | Pierre Durand | a-t-il expliqué",
                "disponible | Pierre Durand | soulignant");
    }

    @Test
    void attribute_sentenceInitialParticipleTakesMainSubject() {
        assertThat(Extracted.lines("Estimant «inutile de se précipiter», Berlin a demandé un délai."))
                .containsExactly("inutile de se précipiter | Berlin | Estimant");
    }

    @Test
    void attribute_gerundWithEn() {
        String text = INTRO + "Pierre Durand a conclu en rappelant que le traité était «toujours en vigueur».";
        assertThat(Extracted.lines(text)).containsExactly("toujours en vigueur | Pierre Durand | en rappelant");
    }

    @Test
    void attribute_institutionAsSpeaker() {
        assertThat(Extracted.lines("Le Kremlin a qualifié ces manœuvres de «provocation»."))
                .containsExactly("provocation | Kremlin | a qualifié");
    }

    @Test
    void attribute_cityStandingForStateAsSpeaker() {
        assertThat(Extracted.lines("Moscou a réclamé des «garanties écrites» avant toute rencontre."))
                .containsExactly("garanties écrites | Moscou | a réclamé");
    }

    @Test
    void attribute_severalPartialQuotesShareTheVerb() {
        String text = INTRO + "Pierre Durand a jugé la proposition «sérieuse», «équilibrée» et «utile».";
        assertThat(Extracted.speakers(text)).containsExactly("Pierre Durand", "Pierre Durand", "Pierre Durand");
    }

    @Test
    void attribute_headlineWithColon() {
        assertThat(Extracted.lines(" date 2024-01 Durand : «Pas de sommet sans préparation»\n\n" + INTRO))
                .containsExactly("Pas de sommet sans préparation | Pierre Durand | -");
    }

    @Test
    void attribute_standaloneHeadingQuoteHasNoSpeaker() {
        String text = INTRO + "«Le dialogue avant tout»\n\nLe ministre a ensuite quitté la salle.";
        assertThat(Extracted.lines(text)).containsExactly("Le dialogue avant tout | - | -");
    }

    @Test
    void attribute_standaloneSentenceContinuesPreviousSpeaker() {
        String text = INTRO + "«Nous avons tout essayé», a déclaré Pierre Durand.\n\n«Le reste ne dépend plus de nous.»";
        assertThat(Extracted.lines(text)).containsExactly(
                "Nous avons tout essayé | Pierre Durand | a déclaré",
                "Le reste ne dépend plus de nous. | Pierre Durand | -");
    }

    @Test
    void attribute_unattributedHeadlineQuoteHasNoSpeaker() {
        assertThat(Extracted.speakers(" date 2024-02 Un «tournant» pour la région\n\nLe texte suit.")).containsExactly("-");
    }

    @Test
    void attribute_reportingVerbBeatsSourceAfterQuote() {
        String text = INTRO + "Pierre Durand a exigé des «réponses claires», selon un communiqué du ministère.";
        assertThat(Extracted.lines(text)).containsExactly("réponses claires | Pierre Durand | a exigé");
    }

    @Test
    void attribute_pourIntroducesAViewpoint() {
        String text = INTRO + "Pour le ministre Pierre Durand, il s'agit d'une «erreur stratégique».";
        assertThat(Extracted.lines(text)).containsExactly("erreur stratégique | Pierre Durand | Pour");
    }

    @Test
    void attribute_reflexiveReportingVerb() {
        assertThat(Extracted.lines(INTRO + "Pierre Durand s'est dit «préoccupé» par la situation."))
                .containsExactly("préoccupé | Pierre Durand | s'est dit");
    }

    @Test
    void attribute_backwardAttributionInNextSentence() {
        String text = "«Le texte ne peut pas être signé en l'état.» C'est ce qu'a affirmé mardi le ministre Paul Roux.";
        assertThat(Extracted.lines(text)).containsExactly("Le texte ne peut pas être signé en l'état. | Paul Roux | a affirmé");
    }

    @Test
    void attribute_topicBeforeColonIsNotASpeaker() {
        assertThat(Extracted.lines(" date 2024-01 Balkans : Vienne salue un accord «historique»\n\nLe texte suit."))
                .containsExactly("historique | Vienne | -");
    }

    @Test
    void attribute_impersonalOnWithPlace() {
        assertThat(Extracted.lines("«Rien n'est exclu», indique-t-on à Matignon."))
                .containsExactly("Rien n'est exclu | Matignon | indique-t-on");
    }

    @Test
    void attribute_institutionalRolePhrase() {
        assertThat(Extracted.lines("Le porte-parole du Quai d'Orsay a jugé la mesure «disproportionnée»."))
                .containsExactly("disproportionnée | porte-parole du Quai d'Orsay | a jugé");
    }

    @Test
    void attribute_complementClauseKeepsOuterSpeaker() {
        String text = INTRO + "Pierre Durand a déclaré que son homologue avait promis une «réponse rapide».";
        assertThat(Extracted.lines(text)).containsExactly("réponse rapide | Pierre Durand | a déclaré");
    }

    @Test
    void attribute_fillersBetweenAuxiliaryAndVerb() {
        assertThat(Extracted.lines(INTRO + "Pierre Durand a de son côté dénoncé une «erreur»."))
                .containsExactly("erreur | Pierre Durand | a de son côté dénoncé");
    }

    @Test
    void attribute_spokespersonOfInstitutionIsNotTheInstitution() {
        String text = "Le porte-parole du Kremlin Igor Lenski a parlé.\n\nLe porte-parole du Kremlin a jugé la mesure «disproportionnée».";
        assertThat(Extracted.speakers(text)).containsExactly("Igor Lenski");
    }

    @Test
    void attribute_openingSourceFramesTheSentence() {
        String text = INTRO + "Selon lui, Berlin a promis d'examiner le texte «sans tarder».";
        assertThat(Extracted.lines(text)).containsExactly("sans tarder | Pierre Durand | Selon");
    }

    @Test
    void attribute_pluralRoleNounStaysAGroup() {
        String text = INTRO + "Réunis à Genève, les ministres européens ont jugé la proposition «prématurée».";
        assertThat(Extracted.speakers(text)).containsExactly("ministres européens");
    }

    @Test
    void attribute_topicWithPlaceComplementIsNotAPerson() {
        assertThat(Extracted.lines(" date 2024-01 Sommet de Vienne : l'Autriche désigne l'accord comme «fragile»\n\nLe texte suit."))
                .containsExactly("fragile | Autriche | -");
    }
}
