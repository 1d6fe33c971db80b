package org.pacta.core.date;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One EDTF date at level 0 or 1: a year, a season, a month or a day, possibly with a time of day,
 * with unspecified digits ({@code X}) and a closing qualifier ({@code ?}, {@code ~}, {@code %}).
 *
 * <p>Years are astronomical, as in ISO 8601 and {@link LocalDate}: {@code 0000} is 1 BC and
 * {@code -0044} is 45 BC. {@link #precision()} is how finely the date was written; an empty
 * {@link #month()} or {@link #day()} at a precision that has one means it was written {@code XX}.
 * The constructor holds every rule a date must meet on its own, so a value can be built directly as
 * well as parsed; {@link Edtf#parse} adds the input to its messages.
 *
 * @param year the year, with unspecified digits as zero ({@code 201X} has year 2010)
 * @param unspecifiedYearDigits how many rightmost year digits are {@code X}: 0, 1 or 2
 * @param precision the finest part the date was written with
 * @param month 1–12 at {@code MONTH} or {@code DAY} precision when known; otherwise empty
 * @param day the day of the month at {@code DAY} precision when known; otherwise empty
 * @param season present exactly at {@code SEASON} precision
 * @param time the time of day, only on a fully known day
 * @param qualifier what the closing qualifier says about the whole date
 */
public record EdtfDate(
        int year,
        int unspecifiedYearDigits,
        Precision precision,
        OptionalInt month,
        OptionalInt day,
        Optional<Season> season,
        Optional<TimeOfDay> time,
        Qualifier qualifier) implements EdtfEndpoint {

    /** The largest year written with four digits; beyond it EDTF level 1 needs the {@code Y} prefix. */
    static final int MAX_FOUR_DIGIT_YEAR = 9999;

    public EdtfDate {
        requireNonNull(precision, "precision is null");
        requireNonNull(month, "month is null");
        requireNonNull(day, "day is null");
        requireNonNull(season, "season is null");
        requireNonNull(time, "time is null");
        requireNonNull(qualifier, "qualifier is null");
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new IllegalArgumentException("year must be between " + Year.MIN_VALUE + " and " + Year.MAX_VALUE
                    + ", the years java.time can represent");
        }
        if (Math.abs(year) > MAX_FOUR_DIGIT_YEAR && precision != Precision.YEAR) {
            // EDTF level 1 "letter-prefixed calendar year": a Y year is a year only.
            throw new IllegalArgumentException("a year of more than four digits (written with Y) cannot have a month,"
                    + " season or day");
        }
        checkUnspecifiedYear(year, unspecifiedYearDigits, precision);
        checkShape(precision, month, day, season, time);
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            throw new IllegalArgumentException("month must be 01–12 (or 21–24 for a season)");
        }
        if (day.isPresent()) {
            checkDay(year, month.orElseThrow(), day.getAsInt());
        }
        if (time.isPresent() && qualifier != Qualifier.NONE) {
            throw new IllegalArgumentException("a qualifier (?, ~ or %) cannot follow a time; qualify the date alone");
        }
    }

    private static void checkUnspecifiedYear(int year, int digits, Precision precision) {
        if (digits < 0 || digits > 2) {
            throw new IllegalArgumentException("only the last one or two year digits may be X at EDTF level 1");
        }
        if (digits == 0) {
            return;
        }
        if (precision != Precision.YEAR) {
            throw new IllegalArgumentException("a year with X digits followed by a month or day (such as 201X-06) is"
                    + " EDTF level 2, which is not supported");
        }
        if (year < 0 || year > MAX_FOUR_DIGIT_YEAR) {
            throw new IllegalArgumentException("X digits are supported only in four-digit years that are not negative");
        }
        if (year % pow10(digits) != 0) {
            throw new IllegalArgumentException("a year with X digits must have them as zero in the year number");
        }
    }

    private static void checkShape(Precision precision, OptionalInt month, OptionalInt day, Optional<Season> season,
            Optional<TimeOfDay> time) {
        boolean shaped = switch (precision) {
            case YEAR -> month.isEmpty() && day.isEmpty() && season.isEmpty();
            case SEASON -> month.isEmpty() && day.isEmpty() && season.isPresent();
            case MONTH -> day.isEmpty() && season.isEmpty();
            case DAY -> season.isEmpty() && (month.isPresent() || day.isEmpty());
        };
        if (!shaped) {
            throw new IllegalArgumentException(precision == Precision.DAY
                    ? "a known day in an unspecified month (such as 2004-XX-15) is EDTF level 2, which is not supported"
                    : "a date of " + precision.name().toLowerCase(Locale.ROOT) + " precision has the wrong parts");
        }
        if (time.isPresent() && (precision != Precision.DAY || day.isEmpty())) {
            throw new IllegalArgumentException("a time needs a complete date with year, month and day");
        }
    }

    private static void checkDay(int year, int month, int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day must be 01–31");
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day > length) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "day %02d is past the end of %s %d, which has %d days", day, monthName, year, length));
        }
    }

    /** A year such as {@code 2021} or {@code -0044}. */
    public static EdtfDate ofYear(int year) {
        return new EdtfDate(year, 0, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE);
    }

    /** A month such as {@code 2021-12}. */
    public static EdtfDate ofMonth(int year, int month) {
        return new EdtfDate(year, 0, Precision.MONTH, OptionalInt.of(month), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Qualifier.NONE);
    }

    /** A season such as {@code 2021-21}. */
    public static EdtfDate ofSeason(int year, Season season) {
        return new EdtfDate(year, 0, Precision.SEASON, OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(season), Optional.empty(), Qualifier.NONE);
    }

    /** A day such as {@code 2021-12-30}. */
    public static EdtfDate ofDay(LocalDate date) {
        if (Math.abs(date.getYear()) > MAX_FOUR_DIGIT_YEAR) {
            throw new IllegalArgumentException("EDTF has no day in a year of more than four digits: " + date);
        }
        return new EdtfDate(date.getYear(), 0, Precision.DAY, OptionalInt.of(date.getMonthValue()),
                OptionalInt.of(date.getDayOfMonth()), Optional.empty(), Optional.empty(), Qualifier.NONE);
    }

    /** This date with another qualifier. */
    public EdtfDate withQualifier(Qualifier newQualifier) {
        return new EdtfDate(year, unspecifiedYearDigits, precision, month, day, season, time, newQualifier);
    }

    /** Whether any digit was written {@code X}. */
    public boolean hasUnspecifiedDigits() {
        return unspecifiedYearDigits > 0
                || (precision.compareTo(Precision.MONTH) >= 0 && month.isEmpty())
                || (precision == Precision.DAY && day.isEmpty());
    }

    @Override
    public long earliestDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1).toEpochDay();
            case SEASON -> season.orElseThrow().firstDay(year).toEpochDay();
            case MONTH, DAY -> LocalDate.of(year, month.orElse(1), day.orElse(1)).toEpochDay();
        };
    }

    @Override
    public long latestDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year + pow10(unspecifiedYearDigits) - 1, 12, 31).toEpochDay();
            case SEASON -> season.orElseThrow().lastDay(year).toEpochDay();
            case MONTH, DAY -> lastDay().toEpochDay();
        };
    }

    private LocalDate lastDay() {
        if (month.isEmpty()) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate first = LocalDate.of(year, month.getAsInt(), 1);
        return day.isPresent() ? first.withDayOfMonth(day.getAsInt()) : first.withDayOfMonth(first.lengthOfMonth());
    }

    /** The canonical EDTF spelling: the only one {@link Edtf#parse} accepts for this value. */
    @Override
    public String text() {
        StringBuilder text = new StringBuilder(24);
        if (Math.abs(year) > MAX_FOUR_DIGIT_YEAR) {
            text.append('Y').append(year);
        } else {
            String digits = Integer.toString(Math.abs(year));
            String fourDigits = "000".substring(digits.length() - 1) + digits;
            text.append(year < 0 ? "-" : "")
                    .append(fourDigits, 0, 4 - unspecifiedYearDigits)
                    .append("XX", 0, unspecifiedYearDigits);
        }
        switch (precision) {
            case YEAR -> { }
            case SEASON -> text.append('-').append(season.orElseThrow().code());
            case MONTH -> text.append('-').append(twoDigits(month));
            case DAY -> text.append('-').append(twoDigits(month)).append('-').append(twoDigits(day));
        }
        time.ifPresent(t -> text.append('T').append(t.text()));
        return text.append(qualifier.symbol()).toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private static String twoDigits(OptionalInt value) {
        return value.isPresent() ? twoDigits(value.getAsInt()) : "XX";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static int pow10(int exponent) {
        return exponent == 0 ? 1 : exponent == 1 ? 10 : 100;
    }

    /** How finely a date was written, coarsest first. */
    public enum Precision {
        YEAR, SEASON, MONTH, DAY
    }

    /**
     * The level 1 seasons, 21–24. EDTF names them without saying when they fall; Pacta reads them as
     * the northern meteorological seasons, three whole months each, so that bounds are whole days and
     * the four seasons of a year tile it without gaps: spring is March–May, summer June–August, autumn
     * September–November, and winter December of its year through February of the next.
     */
    public enum Season {
        SPRING(21, Month.MARCH), SUMMER(22, Month.JUNE), AUTUMN(23, Month.SEPTEMBER), WINTER(24, Month.DECEMBER);

        private final int code;
        private final Month firstMonth;

        Season(int code, Month firstMonth) {
            this.code = code;
            this.firstMonth = firstMonth;
        }

        /** The EDTF month value, 21–24. */
        public int code() {
            return code;
        }

        public Month firstMonth() {
            return firstMonth;
        }

        public LocalDate firstDay(int year) {
            return LocalDate.of(year, firstMonth, 1);
        }

        public LocalDate lastDay(int year) {
            return firstDay(year).plusMonths(3).minusDays(1);
        }

        /** The season written {@code code}, if it is one of 21–24. */
        public static Optional<Season> ofCode(int code) {
            for (Season season : values()) {
                if (season.code == code) {
                    return Optional.of(season);
                }
            }
            return Optional.empty();
        }
    }

    /** The closing qualifier of EDTF level 1 "Qualification of a date (complete)". */
    public enum Qualifier {
        NONE(""), UNCERTAIN("?"), APPROXIMATE("~"), UNCERTAIN_AND_APPROXIMATE("%");

        private final String symbol;

        Qualifier(String symbol) {
            this.symbol = symbol;
        }

        /** The character written after the date; empty for {@link #NONE}. */
        public String symbol() {
            return symbol;
        }

        public boolean isUncertain() {
            return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
        }

        public boolean isApproximate() {
            return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
        }
    }

    /**
     * A time of day to the second with an optional shift from UTC, as EDTF level 0 allows after a
     * complete date. The shift is whole minutes; UTC is spelled {@code Z}.
     */
    public record TimeOfDay(LocalTime time, Optional<ZoneOffset> offset) {
        public TimeOfDay {
            requireNonNull(time, "time is null");
            requireNonNull(offset, "offset is null");
            if (time.getNano() != 0) {
                throw new IllegalArgumentException("fractional seconds are not supported");
            }
            if (offset.isPresent() && offset.get().getTotalSeconds() % 60 != 0) {
                throw new IllegalArgumentException("a time shift must be whole minutes");
            }
        }

        /** The spelling after {@code T}: {@code hh:mm:ss} and {@code Z} or {@code ±hh:mm}. */
        public String text() {
            return twoDigits(time.getHour()) + ':' + twoDigits(time.getMinute()) + ':' + twoDigits(time.getSecond())
                    + offset.map(ZoneOffset::getId).orElse("");
        }
    }
}
