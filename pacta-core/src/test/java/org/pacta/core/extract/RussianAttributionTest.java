package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianAttributionTest {

    private static final String INTRO = "Министр иностранных дел Олег Соколов прибыл в Минск во вторник.\n\n";

    @Test
    void attribute_dashThenVerbThenName() {
        assertThat(Extracted.lines(INTRO + "«Мы готовы к работе», — заявил Соколов."))
                .containsExactly("Мы готовы к работе | Олег Соколов | заявил");
    }

    @Test
    void attribute_dashThenVerbThenPronoun() {
        assertThat(Extracted.lines(INTRO + "«Сроки не изменились», — сказал он."))
                .containsExactly("Сроки не изменились | Олег Соколов | сказал");
    }

    @Test
    void attribute_nameVerbColonBeforeQuote() {
        assertThat(Extracted.lines(INTRO + "Соколов подчеркнул: «Решение уже принято»."))
                .containsExactly("Решение уже принято | Олег Соколов | подчеркнул");
    }

    @Test
    void attribute_poSlovamWithInflectedSurname() {
        assertThat(Extracted.lines(INTRO + "По словам Соколова, «документ будет готов к пятнице»."))
                .containsExactly("документ будет готов к пятнице | Олег Соколов | По словам");
    }

    @Test
    void attribute_poEgoSlovam() {
        assertThat(Extracted.lines(INTRO + "По его словам, «ответа пока нет»."))
                .containsExactly("ответа пока нет | Олег Соколов | По его словам");
    }

    @Test
    void attribute_kakZayavilInversion() {
        assertThat(Extracted.lines(INTRO + "Как отметил Соколов, «переговоры будут трудными»."))
                .containsExactly("переговоры будут трудными | Олег Соколов | отметил");
    }

    @Test
    void attribute_feminineVerbAndPronoun() {
        String text = "Официальный представитель Анна Белова провела брифинг.\n\n«Нас обманули», — подчеркнула она.";
        assertThat(Extracted.lines(text)).containsExactly("Нас обманули | Анна Белова | подчеркнула");
    }

    @Test
    void attribute_authorInsertionSplitsQuotation() {
        String text = INTRO + "«Мы ждем ответа, — сказал Соколов журналистам. — Но ждать вечно не будем».";
        assertThat(Extracted.lines(text)).containsExactly(
                "Мы ждем ответа, | Олег Соколов | сказал",
                "Но ждать вечно не будем | Олег Соколов | сказал");
    }

    @Test
    void attribute_dashInsideQuoteIsNotAnInsertion() {
        String text = INTRO + "«Безопасность — это общее дело», — заявил Соколов.";
        assertThat(Extracted.quotes(text)).containsExactly("Безопасность — это общее дело");
    }

    @Test
    void attribute_headlineColon() {
        assertThat(Extracted.lines(" date 2024-04 Соколов: «Диалог возможен»\n\n" + INTRO))
                .containsExactly("Диалог возможен | Олег Соколов | -");
    }

    @Test
    void attribute_backwardObEtom() {
        String text = INTRO + "«Мы не будем торопиться». Об этом заявил Соколов на пресс-конференции.";
        assertThat(Extracted.lines(text)).containsExactly("Мы не будем торопиться | Олег Соколов | заявил");
    }

    @Test
    void attribute_capitalisedRoleNounOpeningTheSentenceIsATitle() {
        String text = "Генсек альянса Ян Ковальски выступил в Брюсселе.\n\n«Риск конфликта реален», — подчеркнул он.";
        assertThat(Extracted.lines(text)).containsExactly("Риск конфликта реален | Ян Ковальски | подчеркнул");
    }
}
