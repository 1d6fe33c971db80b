package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void detect_french() {
        assertThat(LanguageDetector.detect("Le ministre a déclaré que la réunion était utile et que les discussions allaient reprendre."))
                .isEqualTo(Language.FRENCH);
    }

    @Test
    void detect_english() {
        assertThat(LanguageDetector.detect("The minister said that the meeting was useful and that the talks would resume."))
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void detect_russian() {
        assertThat(LanguageDetector.detect("Министр заявил, что встреча была полезной и переговоры продолжатся."))
                .isEqualTo(Language.RUSSIAN);
    }

    @Test
    void detect_frenchWithEnglishNames() {
        assertThat(LanguageDetector.detect("Selon le Washington Post, le secrétaire d'Etat a rencontré son homologue à Genève."))
                .isEqualTo(Language.FRENCH);
    }

    @Test
    void parse_rejectsUnknownCode() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Language.parse("de"))
                .hasMessageContaining("was: de");
        assertThat(Language.parse("RU")).isEqualTo(Language.RUSSIAN);
    }
}
