package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arbitrary and degenerate inputs: the extractor must return, with offsets that cut out each quote. */
class RobustnessTest {

    private static final String ALPHABET = "aZé Лд,.;:!?-—–'’‘\"“”„«»‚\n\n  :()Selon said заявил a-t-il X Y";
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void extract_emptyAndBlankInputs() {
        assertThat(extractor.extract("").quotations()).isEmpty();
        assertThat(extractor.extract("   \n\n  ").quotations()).isEmpty();
        assertThat(extractor.extract(" date 2024-01-01").date()).contains("2024-01-01");
    }

    @Test
    void extract_lonelyMarks() {
        assertThat(extractor.extract("«").quotations()).isEmpty();
        assertThat(extractor.extract("»«»\"“”").quotations()).isEmpty();
        assertThat(extractor.extract("He said \"").quotations()).isEmpty();
    }

    @Test
    void extract_arbitraryTextKeepsOffsetInvariant() {
        Random random = new Random(20240501L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = text.toString();
            ExtractedReport report = extractor.extract(input);
            for (Quotation quotation : report.quotations()) {
                assertThat(input.substring(quotation.start(), quotation.end())).isEqualTo(quotation.quote());
            }
        }
    }

    @Test
    void extract_longParagraphWithManyQuotes() {
        StringBuilder text = new StringBuilder("Pierre Durand a parlé");
        for (int i = 0; i < 2000; i++) {
            text.append(", a-t-il ajouté en citant «le point ").append(i).append("»");
        }
        assertThat(extractor.extract(text.toString()).quotations()).hasSize(2000);
    }
}
