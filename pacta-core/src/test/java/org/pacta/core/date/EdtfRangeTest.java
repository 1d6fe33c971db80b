package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfRangeTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void parseRange_sameMonthBothEnds_isTheWholeMonth() {
        Edtf.Range range = Edtf.parseRange("2022-01", "2022-01");

        assertThat(range.fromDay()).isEqualTo(day("2022-01-01"));
        assertThat(range.toDay()).isEqualTo(day("2022-01-31"));
        assertThat(range.from()).contains(LocalDate.of(2022, 1, 1));
        assertThat(range.to()).contains(LocalDate.of(2022, 1, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL        | NULL        | MIN        | MAX
            ''          | '   '       | MIN        | MAX
            2022-01     | NULL        | 2022-01-01 | MAX
            NULL        | 2021        | MIN        | 2021-12-31
            ''          | 2021-24     | MIN        | 2022-02-28
            1990/1991   | 2021-12-30~ | 1990-01-01 | 2021-12-30
            2022-01     | 2022-01-01  | 2022-01-01 | 2022-01-01
            2022-01-31  | 2022-01     | 2022-01-31 | 2022-01-31
            ../2021     | 2020        | MIN        | 2020-12-31
            2020        | 2021/..     | 2020-01-01 | MAX
            201X        | 20XX        | 2010-01-01 | 2099-12-31
            ' 2022-01 ' | 2022-02     | 2022-01-01 | 2022-02-28
            """)
    void parseRange_absentOrPresentEnds(String from, String to, String fromDay, String toDay) {
        Edtf.Range range = Edtf.parseRange(from, to);

        assertThat(range.fromDay()).isEqualTo(fromDay.equals("MIN") ? Edtf.UNBOUNDED_EARLIEST : day(fromDay));
        assertThat(range.toDay()).isEqualTo(toDay.equals("MAX") ? Edtf.UNBOUNDED_LATEST : day(toDay));
    }

    @Test
    void parseRange_bothAbsent_isAll() {
        assertThat(Edtf.parseRange(null, null)).isEqualTo(Edtf.Range.ALL);
        assertThat(Edtf.Range.ALL.from()).isEmpty();
        assertThat(Edtf.Range.ALL.to()).isEmpty();
    }

    @Test
    void parseRange_fromAfterTo_isRefusedNamingBoth() {
        assertThatThrownBy(() -> Edtf.parseRange("2022-02", "2022-01"))
                .isInstanceOf(EdtfException.class)
                .hasMessage("range from \"2022-02\" to \"2022-01\" is empty: \"from\" starts after \"to\" ends");
        assertThatThrownBy(() -> Edtf.parseRange("2022-01-02", "2022-01-01")).isInstanceOf(EdtfException.class);
    }

    @Test
    void parseRange_invalidEnd_quotesIt() {
        assertThatThrownBy(() -> Edtf.parseRange("2022-13", null))
                .isInstanceOf(EdtfException.class)
                .hasMessageStartingWith("\"2022-13\" is not a valid EDTF date");
        assertThatThrownBy(() -> Edtf.parseRange(null, "soon"))
                .hasMessageStartingWith("\"soon\" is not a valid EDTF date");
    }

    @Test
    void between_optionalEnds() {
        assertThat(Edtf.Range.between(Optional.of(Edtf.parse("1990")), Optional.empty()))
                .isEqualTo(new Edtf.Range(day("1990-01-01"), Edtf.UNBOUNDED_LATEST));
    }

    @Test
    void range_constructorRefusesBackwardsOrOutOfJavaTime() {
        assertThatThrownBy(() -> new Edtf.Range(10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edtf.Range(Edtf.UNBOUNDED_EARLIEST - 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edtf.Range(0, Edtf.UNBOUNDED_LATEST + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Edtf.Range(5, 5).includes(Edtf.parse("1970-01-06"))).isTrue();
    }

    /** Which expressions a filter for January 2022 keeps: anything that may fall in it. */
    @ParameterizedTest(name = "{0} in January 2022: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-12-31                | false
            2022-01-01                | true
            2022-01-31                | true
            2022-02-01                | false
            2022-01                   | true
            2022                      | true
            2021                      | false
            202X                      | true
            20XX                      | true
            2022?                     | true
            2021-12-31~               | false
            2021/2023                 | true
            2021-12/2022-01           | true
            2022-01-31/2022-02-02     | true
            2022-02/2022-03           | false
            2021-24                   | true
            2022-24                   | false
            2022-21                   | false
            1985/..                   | true
            2022-02/..                | false
            ../2021-12-31             | false
            ../2022-01-01             | true
            2022-02/                  | false
            /2022-01-01               | true
            /2021                     | false
            2021-12-31T23:59:59-12:00 | false
            2022-01-01T00:00:00+14:00 | true
            Y170000002                | false
            Y-170000002/..            | true
            """)
    void includes_january2022(String text, boolean included) {
        Edtf.Range january = Edtf.parseRange("2022-01", "2022-01");

        assertThat(january.includes(Edtf.parse(text))).isEqualTo(included);
    }

    @Test
    void overlaps_boundsAreInclusive() {
        Edtf week = Edtf.parse("2022-01-10/2022-01-13");

        assertThat(week.overlaps(day("2022-01-13"), day("2022-01-20"))).isTrue();
        assertThat(week.overlaps(day("2022-01-14"), day("2022-01-20"))).isFalse();
        assertThat(week.overlaps(day("2022-01-01"), day("2022-01-10"))).isTrue();
        assertThat(week.overlaps(day("2022-01-01"), day("2022-01-09"))).isFalse();
        assertThat(week.overlaps(day("2022-01-11"), day("2022-01-11"))).isTrue();
    }

    @Test
    void overlaps_unboundedQuery_matchesEvenTheEdgesOfJavaTime() {
        assertThat(Edtf.parse("Y-999999999").overlaps(Edtf.UNBOUNDED_EARLIEST, Edtf.UNBOUNDED_EARLIEST)).isTrue();
        assertThat(Edtf.parse("Y999999999").overlaps(Edtf.UNBOUNDED_LATEST, Edtf.UNBOUNDED_LATEST)).isTrue();
        assertThat(Edtf.parse("../1985").overlaps(Edtf.UNBOUNDED_EARLIEST, Edtf.UNBOUNDED_EARLIEST)).isTrue();
        assertThat(Edtf.parse("1985/").overlaps(Edtf.UNBOUNDED_LATEST, Edtf.UNBOUNDED_LATEST)).isTrue();
        assertThat(Edtf.parse("1985").overlaps(Edtf.UNBOUNDED_LATEST, Edtf.UNBOUNDED_LATEST)).isFalse();
    }

    @Test
    void overlaps_backwardsQuery_isRefused() {
        assertThatThrownBy(() -> Edtf.parse("2022").overlaps(day("2022-02-01"), day("2022-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is after toDay");
    }
}
