package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    @Test
    void scan_frenchGuillemetsWithNarrowSpaces() {
        assertThat(Extracted.quotes("Il a dit : « Nous viendrons »."))
                .containsExactly("Nous viendrons");
    }

    @Test
    void scan_englishCurlyQuotes() {
        assertThat(Extracted.quotes("She said: “The door stays open.”"))
                .containsExactly("The door stays open.");
    }

    @Test
    void scan_straightQuotes() {
        assertThat(Extracted.quotes("He said \"we are ready\" and left."))
                .containsExactly("we are ready");
    }

    @Test
    void scan_singleCurlyQuotesIgnoreApostrophes() {
        assertThat(Extracted.quotes("It’s a ‘red line’ for Moscow’s envoy, he said."))
                .containsExactly("red line");
    }

    @Test
    void scan_germanStyleLowAndHighMarks() {
        assertThat(Extracted.quotes("Er sagte „wir kommen“ gestern."))
                .containsExactly("wir kommen");
    }

    @Test
    void scan_russianNestedMarksKeepOuterUnit() {
        assertThat(Extracted.quotes("Он сказал: «Мы не примем так называемый „план мира“ в таком виде»."))
                .containsExactly("Мы не примем так называемый „план мира“ в таком виде");
    }

    @Test
    void scan_nestedSingleInsideDoubleIsNotSeparate() {
        assertThat(Extracted.quotes("He recalled that \"the ‘open skies’ idea is not dead\"."))
                .containsExactly("the ‘open skies’ idea is not dead");
    }

    @Test
    void scan_frenchApostrophesInsideGuillemets() {
        assertThat(Extracted.quotes("Il a ajouté : «l’OTAN n’a pas répondu»."))
                .containsExactly("l’OTAN n’a pas répondu");
    }

    @Test
    void scan_quotationReopenedInNextParagraphIsOnePiecePerParagraph() {
        String text = "Le ministre Paul Durand a parlé.\n\n«Nous avons écrit deux fois.\n\n«Nous attendons encore», a dit le ministre.";
        ExtractedReport report = new QuoteExtractor().extract(text);
        assertThat(report.quotations()).extracting(Quotation::quote)
                .containsExactly("Nous avons écrit deux fois.", "Nous attendons encore");
        assertThat(report.quotations()).extracting(Quotation::paragraph).containsExactly(1, 2);
        assertThat(report.quotations()).extracting(q -> q.speaker().orElse("?")).containsOnly("Paul Durand");
        for (Quotation quotation : report.quotations()) {
            assertThat(text.substring(quotation.start(), quotation.end())).isEqualTo(quotation.quote());
        }
    }

    @Test
    void scan_quotationContinuingWithoutReopeningMark() {
        String text = "“We wrote twice.\n\nWe are still waiting,” the minister said.";
        assertThat(Extracted.quotes(text)).containsExactly("We wrote twice.", "We are still waiting,");
    }

    @Test
    void scan_unclosedQuotationEndsWithItsParagraph() {
        String text = "Le ministre a dit «nous verrons bien\n\nUn autre sujet suivait.";
        assertThat(Extracted.quotes(text)).containsExactly("nous verrons bien");
    }

    @Test
    void scan_offsetsCutTheQuoteOutOfTheInput() {
        String text = " date 2024-05-02 Titre sans guillemets\n\nLe ministre a déclaré : « Rien ne change ».";
        ExtractedReport report = new QuoteExtractor().extract(text);
        Quotation quotation = report.quotations().get(0);
        assertThat(text.substring(quotation.start(), quotation.end())).isEqualTo(quotation.quote());
        assertThat(quotation.paragraph()).isEqualTo(1);
    }
}
