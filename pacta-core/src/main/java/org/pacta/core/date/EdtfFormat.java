package org.pacta.core.date;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.pacta.core.date.EdtfDate.Precision;
import org.pacta.core.date.EdtfDate.TimeOfDay;

/**
 * Displays EDTF values for people, in English or French, saying no more than was written: a month
 * stays a month ({@code 2021-12} is "Dec 2021"), an approximate date says so ("c." or "vers"), an
 * uncertain one keeps its "?", and digits written {@code X} are named as unknown rather than
 * guessed. Any other language falls back to English. Instances are immutable and thread-safe.
 *
 * <p>The rules, in order: a single date is its words with the qualifier around them. An interval
 * whose two ends are the same date is shown as that date. Two plain days in one year, or two plain
 * months in one year, share what they have in common ("10–13 Jan 2022", "Jan–Mar 2022"). An interval
 * with an open end reads "from"/"until" ("depuis"/"jusqu’à"); an unknown end is a "?". Otherwise the
 * ends are joined with an en dash, spaced when either end has a space in it.
 */
public final class EdtfFormat {

    private static final String DASH = "–";
    private static final String SPACED_DASH = " – ";
    private static final DateTimeFormatter HOURS_MINUTES_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final EdtfLanguage language;

    private EdtfFormat(EdtfLanguage language) {
        this.language = language;
    }

    /** The format for {@code locale}'s language; French for {@code fr}, English for anything else. */
    public static EdtfFormat forLocale(Locale locale) {
        requireNonNull(locale, "locale is null");
        return new EdtfFormat(EdtfLanguage.of(locale));
    }

    /** The locale whose words this format uses: {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
    public Locale locale() {
        return language.locale();
    }

    /** {@code edtf} in words. */
    public String format(Edtf edtf) {
        requireNonNull(edtf, "edtf is null");
        EdtfEndpoint start = edtf.start();
        EdtfEndpoint end = edtf.end();
        if (start instanceof EdtfDate from && end instanceof EdtfDate to) {
            return from.equals(to) ? standalone(from) : between(from, to);
        }
        if (start instanceof EdtfDate from) {
            return end instanceof EdtfEndpoint.Open ? language.from(words(from), from.qualifier())
                    : join(standalone(from), "?");
        }
        EdtfDate to = (EdtfDate) end;
        return start instanceof EdtfEndpoint.Open ? language.until(words(to), to.qualifier())
                : join("?", standalone(to));
    }

    @Override
    public String toString() {
        return "EdtfFormat[" + language.locale() + "]";
    }

    private String standalone(EdtfDate date) {
        return language.qualified(words(date), date.qualifier());
    }

    private String between(EdtfDate from, EdtfDate to) {
        if (isPlain(from) && isPlain(to) && from.year() == to.year() && from.precision() == to.precision()) {
            int firstMonth = from.month().orElse(0);
            int lastMonth = to.month().orElse(0);
            String year = language.year(from.year());
            if (from.precision() == Precision.DAY && firstMonth == lastMonth) {
                return language.dayOfMonth(from.day().orElseThrow()) + DASH + language.dayOfMonth(to.day().orElseThrow())
                        + " " + language.month(firstMonth) + " " + year;
            }
            if (from.precision() == Precision.DAY) {
                return language.dayOfMonth(from.day().orElseThrow()) + " " + language.month(firstMonth) + SPACED_DASH
                        + language.dayOfMonth(to.day().orElseThrow()) + " " + language.month(lastMonth) + " " + year;
            }
            if (from.precision() == Precision.MONTH) {
                return language.month(firstMonth) + DASH + language.month(lastMonth) + " " + year;
            }
        }
        return join(standalone(from), standalone(to));
    }

    /** Whether a date may share its year with the other end: known digits, no qualifier, no time. */
    private static boolean isPlain(EdtfDate date) {
        return date.qualifier() == EdtfDate.Qualifier.NONE && date.time().isEmpty() && !date.hasUnspecifiedDigits();
    }

    private static String join(String first, String last) {
        boolean spaced = first.indexOf(' ') >= 0 || last.indexOf(' ') >= 0;
        return first + (spaced ? SPACED_DASH : DASH) + last;
    }

    /** The date in words, without its qualifier. */
    private EdtfLanguage.Phrase words(EdtfDate date) {
        String year = language.year(date.year());
        return switch (date.precision()) {
            case YEAR -> yearWords(date);
            case SEASON -> language.season(date.season().orElseThrow(), year);
            case MONTH -> date.month().isPresent()
                    ? EdtfLanguage.Phrase.bare(language.month(date.month().getAsInt()) + " " + year)
                    : EdtfLanguage.Phrase.bare(year + " " + language.unknown(EdtfLanguage.Unknown.MONTH));
            case DAY -> dayWords(date, year);
        };
    }

    private EdtfLanguage.Phrase yearWords(EdtfDate date) {
        int digits = date.unspecifiedYearDigits();
        if (digits == 0) {
            return EdtfLanguage.Phrase.bare(language.year(date.year()));
        }
        // EDTF level 1: 201X is some year of 2010–2019, which reads naturally as a decade.
        if (digits == 1 && date.year() >= 1000) {
            return language.decade(date.year());
        }
        int last = date.year() + (digits == 1 ? 9 : 99);
        return EdtfLanguage.Phrase.bare(join(language.year(date.year()), language.year(last)));
    }

    private EdtfLanguage.Phrase dayWords(EdtfDate date, String year) {
        if (date.month().isEmpty()) {
            return EdtfLanguage.Phrase.bare(year + " " + language.unknown(EdtfLanguage.Unknown.MONTH_AND_DAY));
        }
        String month = language.month(date.month().getAsInt());
        if (date.day().isEmpty()) {
            return EdtfLanguage.Phrase.bare(month + " " + year + " " + language.unknown(EdtfLanguage.Unknown.DAY));
        }
        String day = language.dayOfMonth(date.day().getAsInt()) + " " + month + " " + year;
        return EdtfLanguage.Phrase.definite(day + date.time().map(EdtfFormat::clock).orElse(""));
    }

    /** The time as written, with its shift; UTC is named rather than spelled {@code Z}. */
    private static String clock(TimeOfDay time) {
        String shift = time.offset().map(offset -> offset.getTotalSeconds() == 0 ? " UTC" : " " + offset.getId())
                .orElse("");
        return ", " + time.time().format(HOURS_MINUTES_SECONDS) + shift;
    }
}
