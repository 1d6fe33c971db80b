package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The attribution rules added after blind rounds on unseen reports, each with the project's own
 * sentences: headlines, teaser lines, titles, straight single quotes, datelines, subject chains,
 * portfolios, inserted narration, and unnamed sources.
 */
class GeneralisationTest {

    private static final String BODY_FR = "\n\nLe vice-ministre russe des Affaires étrangères Pavel Orlov a rencontré "
            + "le secrétaire général de l'Alliance Lars Berg et la ministre polonaise des Affaires étrangères Anna Nowak.";
    private static final String BODY_EN = "\n\nDeputy Foreign Minister Pavel Orlov met NATO Secretary-General Lars Berg "
            + "and State Department spokesperson Ned Carter.";

    @Test
    void headline_subjectOfAHeadlineVerbSpeaks() {
        assertThat(Extracted.lines(" date 2024-01 Orlov sees \"little hope\" in the written reply" + BODY_EN))
                .containsExactly("little hope | Pavel Orlov | -");
    }

    @Test
    void headline_nameAfterAClosingDashSpeaks() {
        assertThat(Extracted.speakers(" date 2024-01 Talks felt like ‘two monologues’ – Orlov" + BODY_EN))
                .containsExactly("Pavel Orlov");
    }

    @Test
    void headline_roleNounAfterTheQuotationIsResolvedInTheBody() {
        assertThat(Extracted.speakers(" date 2024-01 Vienne : le risque est « plus grand que jamais », alerte la cheffe "
                + "de la diplomatie polonaise" + BODY_FR)).containsExactly("Anna Nowak");
        assertThat(Extracted.speakers(" date 2024-01 Alliance chief warns of ‘real danger’ after the meeting" + BODY_EN))
                .containsExactly("Lars Berg");
    }

    @Test
    void headline_pourXAfterAColonAndInstitutionBeforeAColon() {
        assertThat(Extracted.speakers(" date 2024-01 Conseil de sécurité : pour Lars Berg, des « écarts profonds » demeurent" + BODY_FR))
                .containsExactly("Lars Berg");
        assertThat(Extracted.speakers(" date 2024-01 State Department: Moscow reply ‘keeps the door ajar’" + BODY_EN))
                .containsExactly("State Department");
    }

    @Test
    void headline_twoCoordinatedSubjectsOrNoNameLeaveItUnattributed() {
        assertThat(Extracted.speakers(" date 2024-01 Berg and Orlov clash in \"a dialogue of the deaf\"" + BODY_EN))
                .containsExactly("-");
        assertThat(Extracted.speakers(" date 2024-01 Alliance : « On nous a menti », une vieille querelle" + BODY_FR))
                .containsExactly("-");
    }

    @Test
    void headline_secondClauseDoesNotTakeTheFirstSubjectsQuotation() {
        assertThat(Extracted.speakers(" date 2024-01 Orlov juge l'offre « sérieuse », le Kremlin tempère" + BODY_FR))
                .containsExactly("Pavel Orlov");
    }

    @Test
    void teaser_quotationCountsOnlyWhenTheLineNamesItsSpeaker() {
        String text = " date 2024-01 Titre sans guillemets" + BODY_FR
                + "\n\nLire aussi : Moscou ne veut pas de « pourparlers sans fin », selon Orlov"
                + "\n\nLire aussi | « Le grand retour de la guerre froide » : ce que veut le Kremlin";
        assertThat(Extracted.lines(text)).containsExactly("pourparlers sans fin | Pavel Orlov | -");
    }

    @Test
    void titles_capitalisedPhraseAfterAnArticleOrPrepositionIsNotSpeech() {
        String text = "Interrogé dans « Le Grand Rendez-vous » dimanche, Pavel Orlov a cité le « Partenariat pour la paix » "
                + "et a dénoncé la logique de « dissuasion ». « Nous attendons une réponse », a-t-il dit.";
        assertThat(Extracted.quotes(text)).containsExactly("Nous attendons une réponse");
    }

    @Test
    void straightSingleQuotes_quoteAHeadlineButApostrophesStayApostrophes() {
        assertThat(Extracted.lines(" date 2024-01 Orlov warns of a war with 'no winners' in Europe" + BODY_EN))
                .containsExactly("no winners | Pavel Orlov | -");
        assertThat(Extracted.quotes("It's the allies' view in the '90s and Russia's view now.")).isEmpty();
    }

    @Test
    void dateline_cityIsNeverTheSubject() {
        String text = "OSLO, March 3 (Wire) - Norway said on Monday it would have to respond, including by "
                + "\"taking measures of its own,\" if talks failed.";
        assertThat(Extracted.speakers(text)).containsExactly("Norway");
    }

    @Test
    void subjectChain_pronounSubjectKeepsItsReferent() {
        String text = "Lars Berg a parlé le premier. « Nous restons ouverts », a déclaré Lars Berg. "
                + "Il a assuré avoir transmis à Pavel Orlov les craintes de ses alliés. « Rien n'est décidé », a-t-il ajouté.";
        assertThat(Extracted.speakers(text)).containsExactly("Lars Berg", "Lars Berg");
    }

    @Test
    void subjectChain_roleSubjectOpeningASentenceIsTheReferentOfHe() {
        String text = "Kremlin spokesman Ivan Petrov spoke on Monday.\n\nThe Kremlin spokesman also said that no call between "
                + "President Boris Volkov and Mr Lars Berg was planned. \"It can be arranged quickly,\" he said.";
        assertThat(Extracted.speakers(text)).containsExactly("Ivan Petrov");
    }

    @Test
    void portfolio_deputyDefenceMinisterIsNotTheDeputyForeignMinister() {
        String text = "Le vice-ministre russe des Affaires étrangères Pavel Orlov était accompagné du vice-ministre de la "
                + "Défense Ivan Sokolov. D'après le vice-ministre de la Défense, les vols ont atteint « un niveau inédit ».";
        assertThat(Extracted.speakers(text)).containsExactly("Ivan Sokolov");
    }

    @Test
    void portfolio_headOfDelegationCanBeAnyone() {
        String text = "Les vice-ministres Pavel Orlov et Jane Miller se sont vus. Le chef de la délégation russe estime "
                + "que les Occidentaux « sous-estiment les risques ».";
        assertThat(Extracted.speakers(text)).containsExactly("Pavel Orlov");
    }

    @Test
    void insertion_invertedVerbInsideTheMarksSplitsTheQuotation() {
        String text = "La porte-parole Irina Volkova a réagi. « Le dialogue a été franc, écrit-elle. Mais rien n'est réglé. »";
        assertThat(Extracted.lines(text)).containsExactly("Le dialogue a été franc | Irina Volkova | écrit-elle",
                "Mais rien n'est réglé. | Irina Volkova | écrit-elle");
    }

    @Test
    void participle_openingPastParticipleLeavesTheQuotationToTheMainSubject() {
        String text = "Le président Ivan Petrov a parlé hier.\n\nInvité de la radio dimanche, le ministre Paul Roux a refusé "
                + "que l'Union soit « spectatrice » des pourparlers.";
        assertThat(Extracted.speakers(text)).containsExactly("Paul Roux");
    }

    @Test
    void unnamedSource_keepsItsPlaceComplementButNotWhatTheSentenceAdds() {
        assertThat(Extracted.speakers("Selon un diplomate occidental en poste à Vienne, la réunion a servi à « fixer des dates ».\n\n"
                + "« Rien de neuf », résume un diplomate européen présent dans la salle."))
                .containsExactly("diplomate occidental en poste à Vienne", "diplomate européen");
        assertThat(Extracted.speakers("“We will see,” one EU official said after the meeting in Brussels."))
                .containsExactly("EU official");
    }

    @Test
    void placeNamedAfterAPersonIsNotThePerson() {
        String text = "Pavel Orlov et Lars Berg se sont vus à l'Hôtel Président Carter. Le chef de la diplomatie russe "
                + "a qualifié l'échange de « franc et utile ».";
        assertThat(Extracted.speakers(text)).containsExactly("Pavel Orlov");
    }

    @Test
    void narrativeInfinitive_continuesTheLastSpeaker() {
        String text = "« Nous verrons », a déclaré Paul Roux. Et de conclure : « Nous ne sommes pas naïfs. »";
        assertThat(Extracted.speakers(text)).containsExactly("Paul Roux", "Paul Roux");
    }

    @Test
    void relativePronoun_whoSaidTakesItsAntecedent() {
        String text = "Ivan Petrov spoke first. Later came remarks by NATO Secretary-General Lars Berg, who said the "
                + "deployment was a \"defensive\" step.";
        assertSpeakers(text, "Lars Berg");
    }

    @Test
    void speechNoun_possessorOwnsTheWords() {
        String text = "Commenting on Secretary of State Ned Carter’s statement that \"the door remains open,\" "
                + "spokeswoman Irina Volkova said Moscow had heard it before.";
        assertSpeakers(text, "Ned Carter");
    }

    @Test
    void titleCaseHeadline_onlyAKnownSurnameSpeaks() {
        assertSpeakers(" date 2024-01 Carter Says US Reply Offers ‘Serious Path’ but No Concessions\n\n"
                + "Secretary of State Ned Carter spoke in Washington.", "Ned Carter");
    }

    @Test
    void capitalisedWordInsideASentenceIsNeverAVerb() {
        assertSpeakers("The US State Department said in a statement that the reply was \"fully coordinated\".",
                "US State Department");
    }

    @Test
    void nationalityNoun_onlyWhenNoNounFollows() {
        String text = "Russian Foreign Minister Pavel Orlov and US envoy Ned Carter met. \"We will see,\" the Russian minister said. "
                + "Later the 62-year-old American said it was \"a start\".";
        assertSpeakers(text, "Pavel Orlov", "Ned Carter");
    }

    @Test
    void unnamedSource_theOfficialIsTheOneMetJustBefore() {
        String text = "Foreign Minister Pavel Orlov left early. A senior U.S. official, briefing reporters on condition of "
                + "anonymity, said the talks had stalled. \"We did not expect more,\" the official said.";
        assertSpeakers(text, "senior U.S. official");
    }

    @Test
    void ageNoun_designatesThePersonOfThePassage() {
        String text = "Lars Berg, a former law professor, said he would travel soon. \"This body was built for such moments,\" "
                + "the 66-year-old said.";
        assertSpeakers(text, "Lars Berg");
    }

    @Test
    void byline_signsTheReportButNeverSpeaks() {
        String text = " date 2024-01 Titre sans guillemets\n\nPar Claire Dumas (Bruxelles)\n\nLe vice-ministre Pavel Orlov est arrivé. "
                + "« Nous restons prudents », a averti l'ancien ambassadeur russe auprès de l'Alliance.";
        assertSpeakers(text, "Pavel Orlov");
    }

    @Test
    void honorificGluedToTheName() {
        assertSpeakers("« Aucune concession », a ajouté M.Orlov, vice-ministre Pavel Orlov étant cité plus haut.", "Pavel Orlov");
    }

    @Test
    void unnamedSourceOpeningASentenceIsTheReferentOfIl() {
        String text = "Lars Berg a parlé. D'après un haut responsable de l'Alliance, rien n'est fixé. « Aucune porte n'est fermée », "
                + "glisse-t-il.";
        assertSpeakers(text, "haut responsable de l'Alliance");
    }

    @Test
    void sourcePreposition_commaClosesTheIntroductionUnlessTheNameIsInCommas() {
        String base = "Kremlin spokesman Ivan Petrov spoke. ";
        assertSpeakers(base + "According to the Kremlin spokesman, President Boris Volkov was informed, and \"nothing is decided\".",
                "Ivan Petrov");
        assertSpeakers("Le président Boris Volkov a parlé. D'après le porte-parole de la présidence, Ivan Petrov, il faudra "
                + "attendre pour « dresser un bilan ».", "Ivan Petrov");
    }

    @Test
    void nameCarryingItsNamingWordIsNotSpeech() {
        assertThat(Extracted.quotes("Les deux hommes ont plaidé pour le « format Normandie » et pour « avancer vite », a dit Paul Roux."))
                .containsExactly("avancer vite");
    }

    @Test
    void englishArticleOpensAnUnnamedSourceBeforeAVerb() {
        assertSpeakers("NATO Secretary-General Lars Berg spoke. A senior U.S. official said the other side had \"listened carefully\".",
                "senior U.S. official");
    }

    @Test
    void namedSpiritOrFormatIsNotSpeech() {
        assertThat(Extracted.quotes("Certains invoquaient l'« esprit de Vienne » et le « triangle de Weimar ». « Rien n'est fait », a dit Paul Roux."))
                .containsExactly("Rien n'est fait");
    }

    @Test
    void audienceBetweenAnInvertedVerbAndItsSubjectIsSkipped() {
        assertSpeakers("Le ministre Paul Roux a parlé. « Les discussions ont été utiles », a confié à l'AFP un diplomate européen.",
                "diplomate européen");
    }

    @Test
    void titleCaseHeadline_institutionNearestTheQuotationSpeaksWhenNoPersonIsKnown() {
        assertSpeakers(" date 2024-01 Pentagon Sends 3,000 Troops East; Kremlin Calls Move ‘Destructive’\n\n"
                + "The Pentagon said on Wednesday it would send troops.", "Kremlin");
    }

    @Test
    void headline_topicBeforeColonYieldsToAPersonSpeaking() {
        assertSpeakers(" date 2024-01 Conseil Otan-Russie : Berg constate des « écarts profonds »\n\n"
                + "Le secrétaire général Lars Berg a parlé.", "Lars Berg");
    }

    @Test
    void circumstanceBetweenAnInvertedVerbAndItsSubjectIsSkipped() {
        assertSpeakers("Le président Boris Volkov est arrivé. « Nous attendons », a déclaré lors d'un point presse Pavel Orlov.",
                "Pavel Orlov");
    }

    @Test
    void titleOwnedByAChannelIsNotSpeech() {
        assertThat(Extracted.quotes("Ned Carter appeared on CBS’s “Meet the Week” and said the talks were \"useful\"."))
                .containsExactly("useful");
    }

    private static void assertSpeakers(String text, String... speakers) {
        assertThat(Extracted.speakers(text)).containsExactly(speakers);
    }
}
