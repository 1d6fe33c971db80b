package org.pacta.core.date;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.pacta.core.date.EdtfDate.Precision;
import org.pacta.core.date.EdtfDate.Qualifier;
import org.pacta.core.date.EdtfDate.Season;
import org.pacta.core.date.EdtfDate.TimeOfDay;

/**
 * Reads EDTF level 0 and level 1 text by hand rather than with one regular expression, so that each
 * refusal can say which part is wrong and whether it is merely a level 2 feature. Syntax is checked
 * here; the rules of a value on its own (days per month, year range) live in the record constructors
 * and reach the caller as the reason of an {@link EdtfException} that quotes the input.
 */
final class EdtfParser {

    private static final String LEVEL_2 = " EDTF level 2, which is not supported";

    private final String input;
    private final String prefix;

    private EdtfParser(String input, String prefix) {
        this.input = input;
        this.prefix = prefix;
    }

    static Edtf parse(String input) {
        if (input == null) {
            throw EdtfException.nullInput();
        }
        String text = input.strip();
        if (text.isEmpty()) {
            throw EdtfException.invalid(input, input.isEmpty() ? "it is empty" : "it is only whitespace");
        }
        checkCharacters(input, text);
        int slash = text.indexOf('/');
        if (slash < 0) {
            EdtfDate date = new EdtfParser(input, "").date(text);
            return Edtf.of(date);
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw EdtfException.invalid(input, "it has more than one '/'; an interval has exactly two ends");
        }
        EdtfEndpoint start = new EdtfParser(input, "start ").endpoint(text.substring(0, slash));
        EdtfEndpoint end = new EdtfParser(input, "end ").endpoint(text.substring(slash + 1));
        try {
            return Edtf.interval(start, end);
        } catch (IllegalArgumentException e) {
            throw EdtfException.invalid(input, e.getMessage(), e);
        }
    }

    /**
     * Refuses characters no level 0 or 1 expression has before any structure is read, so that a
     * level 2 set or a stray space gets its own message rather than a confusing one about digits.
     */
    private static void checkCharacters(String input, String text) {
        int leading = input.length() - input.stripLeading().length();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String at = " at position " + (leading + i + 1);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw EdtfException.invalid(input, "it contains a space" + at + "; EDTF has no spaces");
            }
            switch (c) {
                case '[', ']', '{', '}', ',' -> throw EdtfException.invalid(input,
                        "sets ([...] for one of, {...} for all of) are" + LEVEL_2);
                case 'E' -> throw EdtfException.invalid(input, "exponential years (E) are" + LEVEL_2);
                case 'S' -> throw EdtfException.invalid(input, "significant digits (S) are" + LEVEL_2);
                case 'x' -> throw EdtfException.invalid(input, "unspecified digits are written with an uppercase X, not x");
                case 'y', 't', 'z' -> throw EdtfException.invalid(input, "'" + (char) c + "'" + at
                        + " must be uppercase");
                default -> {
                    if (!isAllowed(c)) {
                        throw EdtfException.invalid(input, "unexpected character "
                                + EdtfException.quote(Character.toString(c))
                                + String.format(Locale.ROOT, " (U+%04X)", c) + at);
                    }
                }
            }
            i += Character.charCount(c);
        }
    }

    private static boolean isAllowed(int c) {
        return (c >= '0' && c <= '9') || "-:/.XYTZ+?~%".indexOf(c) >= 0;
    }

    private EdtfException fail(String reason) {
        return fail(reason, null);
    }

    private EdtfException fail(String reason, Throwable cause) {
        return EdtfException.invalid(input, prefix + reason, cause);
    }

    /** One side of an interval: empty is unknown, {@code ..} is open (EDTF level 1 "Extended Interval"). */
    private EdtfEndpoint endpoint(String side) {
        if (side.isEmpty()) {
            return EdtfEndpoint.UNKNOWN;
        }
        if (side.equals("..")) {
            return EdtfEndpoint.OPEN;
        }
        return date(side);
    }

    private EdtfDate date(String text) {
        String where = prefix.isEmpty() ? "" : EdtfException.quote(text) + ": ";
        return new EdtfParser(input, prefix + where).readDate(text);
    }

    private EdtfDate readDate(String text) {
        if (text.equals("..")) {
            throw fail("'..' (an open end) is only allowed as one end of an interval, as in 1985-04/..");
        }
        if (text.contains("..")) {
            throw fail("'..' must stand alone as an open end, as in 1985-04/.. (ranges such as 1670..1672 belong"
                    + " to sets, which are" + LEVEL_2 + ")");
        }
        Qualifier qualifier = Qualifier.NONE;
        String body = text;
        OptionalInt last = qualifierAt(text, text.length() - 1);
        if (last.isPresent()) {
            qualifier = qualifierOf(text.charAt(text.length() - 1));
            body = text.substring(0, text.length() - 1);
            if (body.isEmpty()) {
                throw fail("a qualifier (?, ~ or %) needs a date before it");
            }
            if (qualifierAt(body, body.length() - 1).isPresent()) {
                throw fail("only one qualifier may end a date; use % for uncertain and approximate");
            }
        }
        for (int i = 0; i < body.length(); i++) {
            if (qualifierAt(body, i).isPresent()) {
                // EDTF level 2 "Qualification": a qualifier before or inside a date applies to a part of it.
                throw fail("qualifying part of a date (such as ?2004 or 2004-?06) is" + LEVEL_2);
            }
        }
        int t = body.indexOf('T');
        String datePart = t < 0 ? body : body.substring(0, t);
        try {
            // The date is read and checked before the time, so that errors are reported left to right.
            EdtfDate date = datePart.startsWith("Y") ? letterPrefixedYear(datePart, qualifier)
                    : calendarDate(datePart, qualifier);
            if (t < 0) {
                return date;
            }
            TimeOfDay time = time(body.substring(t + 1));
            return new EdtfDate(date.year(), date.unspecifiedYearDigits(), date.precision(), date.month(), date.day(),
                    date.season(), Optional.of(time), qualifier);
        } catch (EdtfException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw fail(e.getMessage(), e);
        }
    }

    private static OptionalInt qualifierAt(String text, int index) {
        return index >= 0 && "?~%".indexOf(text.charAt(index)) >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
    }

    private static Qualifier qualifierOf(char symbol) {
        return switch (symbol) {
            case '?' -> Qualifier.UNCERTAIN;
            case '~' -> Qualifier.APPROXIMATE;
            case '%' -> Qualifier.UNCERTAIN_AND_APPROXIMATE;
            default -> throw new IllegalStateException("not a qualifier: " + symbol);
        };
    }

    /** EDTF level 1 "Letter-prefixed calendar year": {@code Y} and more than four digits, year only. */
    private EdtfDate letterPrefixedYear(String text, Qualifier qualifier) {
        boolean negative = text.startsWith("Y-");
        int digitsStart = negative ? 2 : 1;
        int digitsEnd = runEnd(text, digitsStart);
        String digits = text.substring(digitsStart, digitsEnd);
        if (digits.isEmpty()) {
            throw fail("the Y prefix needs a year of more than four digits after it, as in Y12345");
        }
        if (digitsEnd < text.length()) {
            throw text.charAt(digitsEnd) == '-'
                    ? fail("a year written with Y stands alone, without month, season or day")
                    : unexpected(text, digitsEnd);
        }
        if (digits.indexOf('X') >= 0) {
            throw fail("unspecified digits (X) in a year written with Y are not supported");
        }
        if (digits.length() <= 4) {
            String plain = (negative ? "-" : "") + digits;
            throw fail("the Y prefix is only for years of more than four digits; write " + plain + " without Y");
        }
        if (digits.charAt(0) == '0') {
            throw fail("a year written with Y must not start with 0");
        }
        if (digits.length() > 9) {
            throw fail("year must be between -999999999 and 999999999, the years java.time can represent");
        }
        int year = Integer.parseInt(digits) * (negative ? -1 : 1);
        return new EdtfDate(year, 0, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), qualifier);
    }

    /** {@code [-]YYYY[-MM[-DD]]} with level 1 seasons and unspecified digits. */
    private EdtfDate calendarDate(String text, Qualifier qualifier) {
        boolean negative = text.startsWith("-");
        int yearStart = negative ? 1 : 0;
        int yearEnd = runEnd(text, yearStart);
        String yearText = text.substring(yearStart, yearEnd);
        if (yearText.isEmpty()) {
            throw yearStart < text.length() || text.isEmpty()
                    ? fail("a date must start with a four-digit year, as in 2021")
                    : fail("a '-' must be followed by a four-digit year, as in -0044");
        }
        int unspecifiedYearDigits = unspecifiedYearDigits(yearText, negative);
        int year = Integer.parseInt(yearText.replace('X', '0'));
        if (negative && year == 0) {
            throw fail("there is no year -0000; the year before 0001 is 0000 (1 BC)");
        }
        year = negative ? -year : year;
        if (yearEnd == text.length()) {
            return new EdtfDate(year, unspecifiedYearDigits, Precision.YEAR, OptionalInt.empty(), OptionalInt.empty(),
                    Optional.empty(), Optional.empty(), qualifier);
        }
        if (text.charAt(yearEnd) != '-') {
            throw unexpected(text, yearEnd);
        }
        int monthEnd = runEnd(text, yearEnd + 1);
        String monthText = text.substring(yearEnd + 1, monthEnd);
        if (monthText.length() != 2) {
            throw fail("month must have two digits, as in 2021-01");
        }
        Optional<Season> season = Optional.empty();
        OptionalInt month = OptionalInt.empty();
        if (!monthText.equals("XX")) {
            if (monthText.indexOf('X') >= 0) {
                throw fail("a partly unspecified month (such as 2004-1X) is" + LEVEL_2);
            }
            int value = Integer.parseInt(monthText);
            season = Season.ofCode(value);
            if (value >= 25 && value <= 41) {
                throw fail("seasons 25–41 (hemispheres, quarters, quadrimesters, semesters) are" + LEVEL_2);
            }
            month = season.isPresent() ? OptionalInt.empty() : OptionalInt.of(value);
        }
        if (monthEnd == text.length()) {
            Precision precision = season.isPresent() ? Precision.SEASON : Precision.MONTH;
            return new EdtfDate(year, unspecifiedYearDigits, precision, month, OptionalInt.empty(), season,
                    Optional.empty(), qualifier);
        }
        if (text.charAt(monthEnd) != '-') {
            throw unexpected(text, monthEnd);
        }
        if (season.isPresent()) {
            throw fail("a season (21–24) has no day");
        }
        int dayEnd = runEnd(text, monthEnd + 1);
        String dayText = text.substring(monthEnd + 1, dayEnd);
        if (dayText.length() != 2) {
            throw fail("day must have two digits, as in 2021-12-01");
        }
        if (dayEnd < text.length()) {
            throw unexpected(text, dayEnd);
        }
        OptionalInt day = OptionalInt.empty();
        if (!dayText.equals("XX")) {
            if (dayText.indexOf('X') >= 0) {
                throw fail("a partly unspecified day (such as 2004-06-1X) is" + LEVEL_2);
            }
            day = OptionalInt.of(Integer.parseInt(dayText));
        }
        return new EdtfDate(year, unspecifiedYearDigits, Precision.DAY, month, day, Optional.empty(), Optional.empty(),
                qualifier);
    }

    /**
     * How many rightmost year digits are {@code X}. EDTF level 1 "Unspecified digit(s) from the
     * right" allows one or two ({@code 201X}, {@code 20XX}); anything else with X is level 2.
     */
    private int unspecifiedYearDigits(String yearText, boolean negative) {
        if (yearText.length() != 4) {
            if (yearText.length() > 4 && yearText.chars().allMatch(Character::isDigit)) {
                throw fail(yearText.length() == 6 || yearText.length() == 8
                        ? "EDTF needs '-' between year, month and day, as in 2021-12-31"
                                + " (a year of more than four digits is written with Y, as in Y12345)"
                        : "a year of more than four digits is written with Y, as in Y12345");
            }
            throw fail("year must have four digits, as in 2021 or 0021");
        }
        int firstX = yearText.indexOf('X');
        if (firstX < 0) {
            return 0;
        }
        if (yearText.substring(firstX).chars().anyMatch(c -> c != 'X')) {
            throw fail("an X among known year digits (such as 1X99) is" + LEVEL_2);
        }
        int unspecified = 4 - firstX;
        if (unspecified > 2) {
            throw fail("only the last one or two year digits may be X at level 1 (" + yearText + " is"
                    + LEVEL_2 + ")");
        }
        if (negative) {
            throw fail("unspecified digits (X) in a negative year are not supported");
        }
        return unspecified;
    }

    /** {@code hh:mm:ss} then nothing, {@code Z} or {@code ±hh:mm}: the three EDTF level 0 forms. */
    private TimeOfDay time(String text) {
        if (!isClock(text)) {
            throw fail(text.length() > 8 && text.charAt(8) == '.' && isClock(text.substring(0, 8))
                    ? "fractional seconds are not supported"
                    : "a time must be hh:mm:ss after T, as in 2021-12-30T10:30:00");
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(3, 5));
        int second = Integer.parseInt(text.substring(6, 8));
        if (hour > 23) {
            throw fail("hour must be 00–23");
        }
        if (minute > 59) {
            throw fail("minute must be 00–59");
        }
        if (second > 59) {
            throw fail("second must be 00–59 (leap seconds are not supported)");
        }
        return new TimeOfDay(LocalTime.of(hour, minute, second), offset(text.substring(8)));
    }

    private static boolean isClock(String text) {
        return text.length() >= 8 && isDigits(text, 0, 2) && text.charAt(2) == ':' && isDigits(text, 3, 5)
                && text.charAt(5) == ':' && isDigits(text, 6, 8);
    }

    private Optional<ZoneOffset> offset(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        boolean shaped = text.length() == 6 && (text.charAt(0) == '+' || text.charAt(0) == '-')
                && isDigits(text, 1, 3) && text.charAt(3) == ':' && isDigits(text, 4, 6);
        if (!shaped) {
            throw fail(text.startsWith(".") ? "fractional seconds are not supported"
                    : "a time shift must be Z or ±hh:mm, as in +05:00");
        }
        if (text.equals("-00:00")) {
            throw fail("a time shift of -00:00 is not allowed; write Z for UTC");
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(text.substring(1, 3));
        int minutes = Integer.parseInt(text.substring(4, 6));
        if (minutes > 59) {
            throw fail("the minutes of a time shift must be 00–59");
        }
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            throw fail("a time shift must be within ±18:00", e);
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The end of the run of digits and X starting at {@code from}. */
    private static int runEnd(String text, int from) {
        int i = from;
        while (i < text.length() && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || text.charAt(i) == 'X')) {
            i++;
        }
        return i;
    }

    private EdtfException unexpected(String text, int index) {
        return fail("unexpected " + EdtfException.quote(text.substring(index)) + " after "
                + EdtfException.quote(text.substring(0, index)));
    }
}
