package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscourseTest {

    @Test
    void speaker_surnameMapsToFullestName() {
        String text = "La ministre Claire Lemoine a reçu ses homologues.\n\n«Nous avancerons», a dit Lemoine.";
        assertThat(Extracted.speakers(text)).containsExactly("Claire Lemoine");
    }

    @Test
    void speaker_transliterationVariantMapsToSameName() {
        String text = "Deputy Minister Sergey Ryazanov spoke on Tuesday.\n\nAccording to Riazanov, \"nothing is decided.\"";
        assertThat(Extracted.speakers(text)).containsExactly("Sergey Ryazanov");
    }

    @Test
    void speaker_accentsIgnoredWhenMatchingSurnames() {
        String text = "Le ministre Sergueï Choïgou est arrivé.\n\nSelon Choigou, «tout est prêt».";
        assertThat(Extracted.speakers(text)).containsExactly("Sergueï Choïgou");
    }

    @Test
    void speaker_pronounPrefersSubjectOfLatestSentence() {
        String text = "Helen Carter met Mark Olsen in Oslo.\n\n\"It went well,\" he said.";
        assertThat(Extracted.speakers(text)).containsExactly("Helen Carter");
    }

    @Test
    void speaker_femininePronounSkipsMen() {
        String text = "Maria Lind spoke after John Weber.\n\nJohn Weber left early.\n\n\"We agree,\" she said.";
        assertThat(Extracted.speakers(text)).containsExactly("Maria Lind");
    }

    @Test
    void speaker_pronounFollowsLastAttributedSpeaker() {
        String text = "Pierre Durand et Paul Roux ont parlé.\n\n«Oui», a répondu Paul Roux.\n\n«Non», a-t-il ajouté.";
        assertThat(Extracted.speakers(text)).containsExactly("Paul Roux", "Paul Roux");
    }

    @Test
    void speaker_roleNounFromApposition() {
        String text = "Le porte-parole du gouvernement Luc Martin a réagi.\n\nPaul Roux était absent.\n\n«Nous verrons», a dit le porte-parole.";
        assertThat(Extracted.speakers(text)).containsExactly("Luc Martin");
    }

    @Test
    void speaker_roleNounOfSameFamily() {
        String text = "Le chef de la diplomatie Luc Martin a reçu l'ambassadeur Paul Roux.\n\nPaul Roux est reparti.\n\n«C'est réglé», a dit le ministre.";
        assertThat(Extracted.speakers(text)).containsExactly("Luc Martin");
    }

    @Test
    void speaker_genericRoleNounIsLatestPerson() {
        String text = "Luc Martin a parlé lundi.\n\nLe vice-ministre Paul Roux a parlé mardi.\n\n«C'est réglé», a dit le diplomate.";
        assertThat(Extracted.speakers(text)).containsExactly("Paul Roux");
    }

    @Test
    void speaker_namesInsideQuotesTeachFullNames() {
        String text = "«Le président Jan Novak a raison», a dit Luc Martin.\n\nNovak a répondu qu'il était «ravi».";
        assertThat(Extracted.speakers(text)).containsExactly("Luc Martin", "Jan Novak");
    }

    @Test
    void speaker_elidedArticleDoesNotStartAName() {
        String text = "La porte-parole du Quai d'Orsay Anne Roche a réagi : «Nous sommes surpris.»";
        assertThat(Extracted.speakers(text)).containsExactly("Anne Roche");
    }

    @Test
    void speaker_particleInsideName() {
        String text = "Le ministre Jean-Luc Le Garrec a parlé.\n\nM. Le Garrec a ensuite promis une «réponse rapide».";
        assertThat(Extracted.speakers(text)).containsExactly("Jean-Luc Le Garrec");
    }

    @Test
    void speaker_acronymSpelledOutWhenArticleDoes() {
        String text = " date 2024-01 US says deal is \"within reach\"\n\nThe United States and Norway met in Oslo.";
        assertThat(Extracted.speakers(text)).containsExactly("United States");
    }

    @Test
    void speaker_nationalityRulesOutAPersonOfAnotherCountry() {
        String text = "Le président français Paul Roux a appelé Ivan Orlov.\n\n"
                + "Le chef de l'Etat russe a dénoncé des «provocations».";
        assertThat(Extracted.speakers(text)).containsExactly("Ivan Orlov");
    }

    @Test
    void speaker_ceDernierIsTheLastPersonNamed() {
        String text = "Paul Roux a reçu Ivan Orlov mardi. Ce dernier a affirmé être «confiant».";
        assertThat(Extracted.speakers(text)).containsExactly("Ivan Orlov");
    }
}
