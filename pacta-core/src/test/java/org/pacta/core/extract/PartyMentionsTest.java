package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyMentionsTest {

    private final PartyMentions mentions = PartyMentions.standard();

    @Test
    void find_frenchAliases() {
        String text = "Moscou et les Etats-Unis ont parlé de l'OTAN et de l'Allemagne à Genève.";
        assertThat(mentions.find(text)).extracting(PartyMention::partyId)
                .containsExactly("russia", "united-states", "nato", "germany");
    }

    @Test
    void find_englishAliasesWithOffsets() {
        String text = "The Kremlin told Washington that NATO and the OSCE must act.";
        assertThat(mentions.find(text)).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(mentions.parties(text)).containsExactly("russia", "united-states", "nato", "osce");
    }

    @Test
    void find_russianInflectedForms() {
        assertThat(mentions.parties("Москва направила ответ НАТО и США, сообщили в Кремле и в Киеве."))
                .contains("russia", "nato", "united-states");
    }

    @Test
    void find_longestAliasWins() {
        assertThat(mentions.find("La Fédération de Russie a répondu.")).extracting(PartyMention::text)
                .containsExactly("Fédération de Russie");
    }

    @Test
    void find_wholeWordsOnly() {
        assertThat(mentions.find("Russian troops and the USSR archives, plus Parisian cafés.")).isEmpty();
    }

    @Test
    void find_pronounUsIsNotTheUnitedStates() {
        assertThat(mentions.find("They told us nothing.")).isEmpty();
    }

    @Test
    void of_customTable() {
        PartyMentions custom = PartyMentions.of(Map.of("Ruritania", "ruritania"));
        assertThat(custom.parties("Ruritania protested.")).containsExactly("ruritania");
    }

    @Test
    void find_kievAndKyiv() {
        assertThat(mentions.parties("Kiev, also written Kyiv, is the capital of Ukraine.")).containsExactly("ukraine");
    }
}
