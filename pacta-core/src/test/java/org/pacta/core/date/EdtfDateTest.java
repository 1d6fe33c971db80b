package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pacta.core.date.EdtfDate.Precision;
import org.pacta.core.date.EdtfDate.Qualifier;
import org.pacta.core.date.EdtfDate.Season;
import org.pacta.core.date.EdtfDate.TimeOfDay;

class EdtfDateTest {

    private static EdtfDate date(int year, int unspecified, Precision precision, OptionalInt month, OptionalInt day,
            Optional<Season> season, Optional<TimeOfDay> time, Qualifier qualifier) {
        return new EdtfDate(year, unspecified, precision, month, day, season, time, qualifier);
    }

    @Test
    void text_ofEachPrecision_isCanonicalEdtf() {
        assertThat(EdtfDate.ofYear(2021).text()).isEqualTo("2021");
        assertThat(EdtfDate.ofYear(21).text()).isEqualTo("0021");
        assertThat(EdtfDate.ofYear(0).text()).isEqualTo("0000");
        assertThat(EdtfDate.ofYear(-44).text()).isEqualTo("-0044");
        assertThat(EdtfDate.ofYear(9999).text()).isEqualTo("9999");
        assertThat(EdtfDate.ofYear(10000).text()).isEqualTo("Y10000");
        assertThat(EdtfDate.ofYear(-170000002).text()).isEqualTo("Y-170000002");
        assertThat(EdtfDate.ofMonth(2021, 1).text()).isEqualTo("2021-01");
        assertThat(EdtfDate.ofSeason(2021, Season.WINTER).text()).isEqualTo("2021-24");
        assertThat(EdtfDate.ofDay(LocalDate.of(-43, 3, 15)).text()).isEqualTo("-0043-03-15");
    }

    @Test
    void text_withUnspecifiedDigitsTimeAndQualifier() {
        assertThat(date(2010, 1, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.UNCERTAIN).text()).isEqualTo("201X?");
        assertThat(date(2000, 2, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE).text()).isEqualTo("20XX");
        assertThat(date(0, 2, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE).text()).isEqualTo("00XX");
        assertThat(date(0, 1, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE).text()).isEqualTo("000X");
        assertThat(date(100, 2, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE).text()).isEqualTo("01XX");
        assertThat(date(2004, 0, Precision.DAY, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.UNCERTAIN_AND_APPROXIMATE).text()).isEqualTo("2004-XX-XX%");
        assertThat(date(2004, 0, Precision.DAY, OptionalInt.of(6), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.APPROXIMATE).text()).isEqualTo("2004-06-XX~");
        TimeOfDay time = new TimeOfDay(LocalTime.of(9, 5, 7), Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertThat(date(2021, 0, Precision.DAY, OptionalInt.of(12), OptionalInt.of(17), Optional.empty(),
                Optional.of(time), Qualifier.NONE).text()).isEqualTo("2021-12-17T09:05:07-03:30");
    }

    @ParameterizedTest
    @EnumSource(Season.class)
    void season_coversThreeWholeMonths(Season season) {
        EdtfDate date = EdtfDate.ofSeason(2023, season);
        LocalDate first = LocalDate.ofEpochDay(date.earliestDay());
        LocalDate last = LocalDate.ofEpochDay(date.latestDay());

        assertThat(first.getDayOfMonth()).isEqualTo(1);
        assertThat(first.getMonth()).isEqualTo(season.firstMonth());
        assertThat(last.plusDays(1)).isEqualTo(first.plusMonths(3));
    }

    @Test
    void season_fourSeasonsTileMarchToFebruaryWithoutGap() {
        long next = LocalDate.of(2023, 3, 1).toEpochDay();
        for (Season season : Season.values()) {
            EdtfDate date = EdtfDate.ofSeason(2023, season);
            assertThat(date.earliestDay()).as(season.name()).isEqualTo(next);
            next = date.latestDay() + 1;
        }
        assertThat(LocalDate.ofEpochDay(next)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void season_ofCode_onlyKnowsLevel1Codes() {
        assertThat(Season.ofCode(21)).contains(Season.SPRING);
        assertThat(Season.ofCode(24)).contains(Season.WINTER);
        assertThat(Season.ofCode(20)).isEmpty();
        assertThat(Season.ofCode(25)).isEmpty();
    }

    @Test
    void qualifier_flags() {
        assertThat(Qualifier.NONE.isUncertain() || Qualifier.NONE.isApproximate()).isFalse();
        assertThat(Qualifier.UNCERTAIN.isUncertain()).isTrue();
        assertThat(Qualifier.UNCERTAIN.isApproximate()).isFalse();
        assertThat(Qualifier.APPROXIMATE.isApproximate()).isTrue();
        assertThat(Qualifier.APPROXIMATE.isUncertain()).isFalse();
        assertThat(Qualifier.UNCERTAIN_AND_APPROXIMATE.isUncertain()).isTrue();
        assertThat(Qualifier.UNCERTAIN_AND_APPROXIMATE.isApproximate()).isTrue();
    }

    @Test
    void constructor_monthOutOfRange() {
        assertThatThrownBy(() -> EdtfDate.ofMonth(2021, 13)).hasMessage("month must be 01–12 (or 21–24 for a season)");
        assertThatThrownBy(() -> EdtfDate.ofMonth(2021, 0)).hasMessage("month must be 01–12 (or 21–24 for a season)");
    }

    @Test
    void constructor_yearOutsideJavaTime() {
        assertThatThrownBy(() -> EdtfDate.ofYear(1_000_000_000)).hasMessageContaining("year must be between");
        assertThatThrownBy(() -> EdtfDate.ofYear(-1_000_000_000)).hasMessageContaining("year must be between");
    }

    @Test
    void constructor_bigYearWithMonth() {
        assertThatThrownBy(() -> EdtfDate.ofMonth(12345, 1)).hasMessageContaining("cannot have a month");
        assertThatThrownBy(() -> EdtfDate.ofSeason(999_999_999, Season.WINTER)).hasMessageContaining("season");
        assertThat(EdtfDate.ofSeason(9999, Season.WINTER).latestDay()).isEqualTo(LocalDate.of(10000, 2, 29).toEpochDay());
        assertThatThrownBy(() -> EdtfDate.ofDay(LocalDate.of(12345, 1, 1))).hasMessageContaining("more than four");
    }

    @Test
    void constructor_unspecifiedDigits() {
        assertThatThrownBy(() -> date(2000, 3, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("last one or two");
        assertThatThrownBy(() -> date(2015, 1, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("zero");
        assertThatThrownBy(() -> date(2010, 1, Precision.MONTH, OptionalInt.of(6), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("EDTF level 2");
        assertThatThrownBy(() -> date(-2010, 1, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("not negative");
    }

    @Test
    void constructor_partsMustMatchPrecision() {
        assertThatThrownBy(() -> date(2021, 0, Precision.YEAR, OptionalInt.of(1), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("wrong parts");
        assertThatThrownBy(() -> date(2021, 0, Precision.SEASON, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("wrong parts");
        assertThatThrownBy(() -> date(2021, 0, Precision.MONTH, OptionalInt.of(1), OptionalInt.of(1),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("wrong parts");
        assertThatThrownBy(() -> date(2021, 0, Precision.DAY, OptionalInt.empty(), OptionalInt.of(15),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessageContaining("unspecified month");
    }

    @Test
    void constructor_timeRules() {
        TimeOfDay noon = new TimeOfDay(LocalTime.NOON, Optional.empty());
        assertThatThrownBy(() -> date(2021, 0, Precision.MONTH, OptionalInt.of(1), OptionalInt.empty(),
                Optional.empty(), Optional.of(noon), Qualifier.NONE)).hasMessageContaining("complete date");
        assertThatThrownBy(() -> date(2021, 0, Precision.DAY, OptionalInt.of(1), OptionalInt.of(1),
                Optional.empty(), Optional.of(noon), Qualifier.APPROXIMATE)).hasMessageContaining("cannot follow a time");
        assertThatThrownBy(() -> new TimeOfDay(LocalTime.of(1, 2, 3, 4), Optional.empty()))
                .hasMessageContaining("fractional seconds");
        assertThatThrownBy(() -> new TimeOfDay(LocalTime.NOON, Optional.of(ZoneOffset.ofHoursMinutesSeconds(1, 0, 30))))
                .hasMessageContaining("whole minutes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2021 | 1  | 31 | January
            2021 | 2  | 28 | February
            2020 | 2  | 29 | February
            1900 | 2  | 28 | February
            2000 | 2  | 29 | February
            0    | 2  | 29 | February
            -4   | 2  | 29 | February
            -1   | 2  | 28 | February
            2021 | 3  | 31 | March
            2021 | 4  | 30 | April
            2021 | 5  | 31 | May
            2021 | 6  | 30 | June
            2021 | 7  | 31 | July
            2021 | 8  | 31 | August
            2021 | 9  | 30 | September
            2021 | 10 | 31 | October
            2021 | 11 | 30 | November
            2021 | 12 | 31 | December
            """)
    void constructor_dayPerMonth_acceptsLastDayAndRefusesNext(int year, int month, int lastDay, String monthName) {
        EdtfDate last = EdtfDate.ofDay(LocalDate.of(year, month, lastDay));
        assertThat(last.latestDay()).isEqualTo(LocalDate.of(year, month, lastDay).toEpochDay());
        assertThat(EdtfDate.ofMonth(year, month).latestDay()).isEqualTo(last.latestDay());

        String expected = lastDay == 31 ? "day must be 01–31"
                : "day " + (lastDay + 1) + " is past the end of " + monthName + " " + year + ", which has " + lastDay
                        + " days";
        assertThatThrownBy(() -> date(year, 0, Precision.DAY, OptionalInt.of(month), OptionalInt.of(lastDay + 1),
                Optional.empty(), Optional.empty(), Qualifier.NONE)).hasMessage(expected);
    }

    @Test
    void withQualifier_keepsEverythingElse() {
        EdtfDate date = EdtfDate.ofMonth(1990, 2);
        EdtfDate approximate = date.withQualifier(Qualifier.APPROXIMATE);

        assertThat(approximate.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(approximate.withQualifier(Qualifier.NONE)).isEqualTo(date);
        assertThat(approximate.earliestDay()).isEqualTo(date.earliestDay());
        assertThat(approximate.latestDay()).isEqualTo(date.latestDay());
    }
}
