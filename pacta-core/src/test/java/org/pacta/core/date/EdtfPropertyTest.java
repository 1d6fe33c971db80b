package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pacta.core.date.EdtfDate.Precision;
import org.pacta.core.date.EdtfDate.Qualifier;
import org.pacta.core.date.EdtfDate.Season;
import org.pacta.core.date.EdtfDate.TimeOfDay;

/**
 * Properties checked over whole ranges or many seeded random values, against java.time as the
 * independent oracle for calendar facts.
 */
class EdtfPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Test
    void everyDay1900To2100_parsesToThatDayAlone() {
        int days = 0;
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            Edtf edtf = Edtf.parse(date.toString());
            long epochDay = date.toEpochDay();
            if (edtf.earliestDay() != epochDay || edtf.latestDay() != epochDay || !edtf.text().equals(date.toString())) {
                throw new AssertionError(date + " parsed to " + edtf.earliest() + ".." + edtf.latest());
            }
            days++;
        }
        assertThat(days).as("201 years of 365 days and 49 leap days (not 1900, not 2100)").isEqualTo(73_414);
    }

    @Test
    void everyMonth1900To2100_boundsAreItsFirstAndLastDay() {
        for (YearMonth month = YearMonth.from(FIRST); !month.isAfter(YearMonth.from(LAST)); month = month.plusMonths(1)) {
            Edtf edtf = Edtf.parse(month.toString());
            assertThat(edtf.earliest()).as(month.toString()).contains(month.atDay(1));
            assertThat(edtf.latest()).as(month.toString()).contains(month.atEndOfMonth());
            String dayAfterEnd = month + "-" + (month.lengthOfMonth() + 1);
            assertThatThrownBy(() -> Edtf.parse(dayAfterEnd)).as(dayAfterEnd).isInstanceOf(EdtfException.class);
        }
    }

    @Test
    void everyFourDigitYear_positiveAndNegative_boundsAreItsFirstAndLastDay() {
        for (int year = -9999; year <= 9999; year++) {
            String text = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
            if (text.equals("-0000")) {
                continue;
            }
            Edtf edtf = Edtf.parse(text);
            if (edtf.earliestDay() != LocalDate.of(year, 1, 1).toEpochDay()
                    || edtf.latestDay() != LocalDate.of(year, 12, 31).toEpochDay()) {
                throw new AssertionError(text + " parsed to " + edtf.earliest() + ".." + edtf.latest());
            }
        }
    }

    @Test
    void everyDecade_coversTenYearsAndEveryCenturyAHundred() {
        for (int decade = 0; decade <= 9990; decade += 10) {
            String text = String.format(Locale.ROOT, "%03dX", decade / 10);
            Edtf edtf = Edtf.parse(text);
            assertThat(edtf.earliest()).as(text).contains(LocalDate.of(decade, 1, 1));
            assertThat(edtf.latest()).as(text).contains(LocalDate.of(decade + 9, 12, 31));
        }
        for (int century = 0; century <= 9900; century += 100) {
            String text = String.format(Locale.ROOT, "%02dXX", century / 100);
            assertThat(Edtf.parse(text).latest()).as(text).contains(LocalDate.of(century + 99, 12, 31));
        }
    }

    @Test
    void randomDates_canonicalTextParsesBackToTheSameValue() {
        Random random = new Random(20211217);
        for (int i = 0; i < 5_000; i++) {
            EdtfDate date = randomDate(random);
            Edtf parsed = Edtf.parse(date.text());
            assertThat(parsed.date()).as(date.text()).contains(date);
            assertThat(parsed.earliestDay()).as(date.text()).isEqualTo(date.earliestDay());
            assertThat(parsed.latestDay()).as(date.text()).isEqualTo(date.latestDay());
            assertThat(parsed.earliestDay()).as(date.text()).isLessThanOrEqualTo(parsed.latestDay());
        }
    }

    @Test
    void randomPairs_intervalIsValidExactlyWhenStartCanPrecedeEnd() {
        Random random = new Random(19900209);
        int valid = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            EdtfDate start = randomDate(random);
            EdtfDate end = randomDate(random);
            String text = start.text() + "/" + end.text();
            boolean timesOnSameDay = start.time().isPresent() && end.time().isPresent()
                    && start.earliestDay() == end.latestDay();
            if (timesOnSameDay) {
                continue;
            }
            if (start.earliestDay() <= end.latestDay()) {
                Edtf interval = Edtf.parse(text);
                assertThat(interval.earliestDay()).as(text).isEqualTo(start.earliestDay());
                assertThat(interval.latestDay()).as(text).isEqualTo(end.latestDay());
                assertThat(interval.isInterval()).isTrue();
                valid++;
            } else {
                assertThatThrownBy(() -> Edtf.parse(text)).as(text).hasMessageContaining("after it ends");
                refused++;
            }
        }
        assertThat(valid).as("valid pairs tried").isGreaterThan(1_000);
        assertThat(refused).as("refused pairs tried").isGreaterThan(1_000);
    }

    /** Overlap checked day by day, not by the formula it is implemented with. */
    @Test
    void randomRanges_overlapMatchesADayByDaySearch() {
        Random random = new Random(1997_05_27);
        LocalDate origin = LocalDate.of(2021, 6, 1);
        for (int i = 0; i < 2_000; i++) {
            Edtf edtf = Edtf.of(randomDateNear(random, origin));
            long from = origin.toEpochDay() + random.nextInt(500);
            long to = from + random.nextInt(120);
            boolean found = false;
            for (long day = from; day <= to && !found; day++) {
                found = edtf.earliestDay() <= day && day <= edtf.latestDay();
            }
            assertThat(edtf.overlaps(from, to)).as(edtf + " in " + LocalDate.ofEpochDay(from) + ".."
                    + LocalDate.ofEpochDay(to)).isEqualTo(found);
        }
    }

    @Test
    void randomValues_timelineOrderIsTotalAndTransitive() {
        Random random = new Random(2022_01_10);
        List<Edtf> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(Edtf.of(randomDate(random)));
        }
        values.sort(Edtf.TIMELINE);
        for (int i = 1; i < values.size(); i++) {
            Edtf before = values.get(i - 1);
            Edtf after = values.get(i);
            assertThat(before.earliestDay()).isLessThanOrEqualTo(after.earliestDay());
            if (before.earliestDay() == after.earliestDay()) {
                assertThat(before.latestDay()).isLessThanOrEqualTo(after.latestDay());
            }
        }
    }

    @Test
    void randomValues_formatNeverFailsInEitherLanguage() {
        Random random = new Random(1985_04_12);
        EdtfFormat english = EdtfFormat.forLocale(Locale.ENGLISH);
        EdtfFormat french = EdtfFormat.forLocale(Locale.FRENCH);
        for (int i = 0; i < 2_000; i++) {
            EdtfDate start = randomDate(random);
            EdtfEndpoint end = random.nextInt(4) == 0 ? EdtfEndpoint.OPEN : EdtfEndpoint.UNKNOWN;
            for (Edtf edtf : List.of(Edtf.of(start), Edtf.interval(start, end), Edtf.interval(end, start))) {
                assertThat(english.format(edtf)).as(edtf.text()).isNotBlank().doesNotContain("null");
                assertThat(french.format(edtf)).as(edtf.text()).isNotBlank().doesNotContain("null");
            }
        }
    }

    private static EdtfDate randomDateNear(Random random, LocalDate origin) {
        LocalDate day = origin.plusDays(random.nextInt(600));
        return switch (random.nextInt(4)) {
            case 0 -> EdtfDate.ofDay(day);
            case 1 -> EdtfDate.ofMonth(day.getYear(), day.getMonthValue());
            case 2 -> EdtfDate.ofSeason(day.getYear(), Season.values()[random.nextInt(4)]);
            default -> EdtfDate.ofYear(day.getYear());
        };
    }

    /** Any level 0 or 1 date, built from parts rather than text. */
    private static EdtfDate randomDate(Random random) {
        Qualifier qualifier = Qualifier.values()[random.nextInt(Qualifier.values().length)];
        int year = random.nextInt(20) == 0 ? -9999 + random.nextInt(9999) : 1800 + random.nextInt(400);
        switch (random.nextInt(9)) {
            case 0:
                return EdtfDate.ofYear(year).withQualifier(qualifier);
            case 1:
                int digits = 1 + random.nextInt(2);
                int base = Math.abs(year) / (digits == 1 ? 10 : 100) * (digits == 1 ? 10 : 100);
                return new EdtfDate(base, digits, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(),
                        Optional.empty(), Optional.empty(), qualifier);
            case 2:
                return EdtfDate.ofSeason(year, Season.values()[random.nextInt(4)]).withQualifier(qualifier);
            case 3:
                return EdtfDate.ofMonth(year, 1 + random.nextInt(12)).withQualifier(qualifier);
            case 4:
                return new EdtfDate(year, 0, random.nextBoolean() ? Precision.MONTH : Precision.DAY, OptionalInt.empty(),
                        OptionalInt.empty(), Optional.empty(), Optional.empty(), qualifier);
            case 5:
                return new EdtfDate(year, 0, Precision.DAY, OptionalInt.of(1 + random.nextInt(12)), OptionalInt.empty(),
                        Optional.empty(), Optional.empty(), qualifier);
            case 6:
                int sign = random.nextBoolean() ? 1 : -1;
                int big = 10_000 + random.nextInt(999_000_000);
                return EdtfDate.ofYear(sign * big).withQualifier(qualifier);
            case 7:
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366 * 2));
                Optional<ZoneOffset> offset = switch (random.nextInt(3)) {
                    case 0 -> Optional.empty();
                    case 1 -> Optional.of(ZoneOffset.UTC);
                    default -> Optional.of(ZoneOffset.ofHoursMinutes(random.nextInt(15), 15 * random.nextInt(4)));
                };
                TimeOfDay time = new TimeOfDay(LocalTime.ofSecondOfDay(random.nextInt(86_400)), offset);
                return new EdtfDate(day.getYear(), 0, Precision.DAY, OptionalInt.of(day.getMonthValue()),
                        OptionalInt.of(day.getDayOfMonth()), Optional.empty(), Optional.of(time), Qualifier.NONE);
            default:
                LocalDate anyDay = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
                return EdtfDate.ofDay(anyDay).withQualifier(qualifier);
        }
    }
}
