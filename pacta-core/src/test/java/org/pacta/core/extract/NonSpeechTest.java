package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonSpeechTest {

    @Test
    void isSpeech_programmeTitleExcluded() {
        assertThat(Extracted.quotes("Le gouvernement a suspendu le programme «Ciel ouvert» en mars.")).isEmpty();
    }

    @Test
    void isSpeech_operationNameExcluded() {
        assertThat(Extracted.quotes("The army began the exercise \"Northern Shield\" on Monday.")).isEmpty();
    }

    @Test
    void isSpeech_soCalledTermExcluded() {
        assertThat(Extracted.quotes("He criticised the so-called \"grey zone\" of the talks.")).isEmpty();
    }

    @Test
    void isSpeech_newspaperNameExcluded() {
        assertThat(Extracted.quotes("Он дал интервью газете «Вечерний город».")).isEmpty();
    }

    @Test
    void isSpeech_capitalisedProperNameExcluded() {
        assertThat(Extracted.quotes("Les travaux du gazoduc «Baltic Link» ont repris.")).isEmpty();
    }

    @Test
    void isSpeech_shortAttributedTermKept() {
        assertThat(Extracted.quotes("Le ministre a jugé la situation «préoccupante».")).containsExactly("préoccupante");
    }

    @Test
    void isSpeech_longQuoteAfterCueWordKept() {
        assertThat(Extracted.quotes("Le plan «doit être lu en entier avant que quiconque ne le juge trop vite», a dit Paul Roux."))
                .hasSize(1);
    }
}
