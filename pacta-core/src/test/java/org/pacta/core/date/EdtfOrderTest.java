package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfOrderTest {

    /**
     * A timeline worked out by hand from the rule: earliest day first, then the earlier latest day,
     * then text in {@link String#compareTo} order.
     */
    private static final List<String> TIMELINE = List.of(
            "/1984",                        // unknown start: unbounded, and ends first
            "../1985",                      // open start: unbounded, ends a year later
            "Y-170000002",
            "-0044",
            "0000",
            "198X/1985",                    // starts in 1980
            "1985-01-01",                   // 1985 starts here: the shortest span first
            "1985-01",
            "1985-01/1985-02",
            "1985",                         // equal bounds: by text, '%' < '-' < '/' < '?' < '~'
            "1985%",
            "1985-XX",
            "1985-XX-XX",
            "1985/1985",
            "1985?",
            "1985~",
            "1985/1986",
            "1985/..",                      // open end sorts after every bounded end
            "1985-02",
            "1985-21",                      // spring: from March
            "1985-24",                      // winter: from December, into 1986
            "1985-12-31",
            "2021-12-17",
            "2021-12-17T13:26:00+03:00",    // date-times bound the day written; '+' < 'Z'
            "2021-12-17T13:26:00Z",
            "Y170000002");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2021})
    void timeline_shuffled_sortsIntoHandWrittenOrder(long seed) {
        List<Edtf> shuffled = parseAll(TIMELINE);
        Collections.shuffle(shuffled, new Random(seed));

        shuffled.sort(Edtf.TIMELINE);

        assertThat(shuffled).extracting(Edtf::text).containsExactlyElementsOf(TIMELINE);
    }

    @Test
    void timeline_isConsistentWithEquals() {
        List<Edtf> all = parseAll(TIMELINE);
        for (Edtf a : all) {
            for (Edtf b : all) {
                int order = Edtf.TIMELINE.compare(a, b);
                assertThat(order == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(order)).as(a + " vs " + b).isEqualTo(-Integer.signum(Edtf.TIMELINE.compare(b, a)));
            }
        }
    }

    @Test
    void timeline_tighterSpanFirst_whenStartsAreEqual() {
        assertThat(Edtf.TIMELINE.compare(Edtf.parse("2022-01-10"), Edtf.parse("2022-01-10/2022-01-13"))).isNegative();
        assertThat(Edtf.TIMELINE.compare(Edtf.parse("2022-01"), Edtf.parse("2022"))).isNegative();
        assertThat(Edtf.TIMELINE.compare(Edtf.parse("2022/.."), Edtf.parse("2022/2023"))).isPositive();
    }

    @Test
    void timeline_approximateDatesSortByTheirDaysNotTheirQualifier() {
        assertThat(Edtf.TIMELINE.compare(Edtf.parse("1990-02~"), Edtf.parse("1990-02-09"))).isNegative();
        assertThat(Edtf.TIMELINE.compare(Edtf.parse("1990-02-09?"), Edtf.parse("1990-02-10"))).isNegative();
    }

    private static List<Edtf> parseAll(List<String> texts) {
        List<Edtf> values = new ArrayList<>();
        for (String text : texts) {
            values.add(Edtf.parse(text));
        }
        return values;
    }
}
