package org.pacta.core.date;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

import org.pacta.core.date.EdtfDate.Qualifier;
import org.pacta.core.date.EdtfDate.Season;

/**
 * The words of {@link EdtfFormat} in each language it speaks. Month abbreviations are fixed here
 * rather than taken from the JDK's locale data, whose abbreviations change between releases (CLDR
 * has spelled September both "Sep" and "Sept"), because a displayed date should not change when the
 * JDK is upgraded.
 */
enum EdtfLanguage {
    ENGLISH(Locale.ENGLISH,
            new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
            ','),
    FRENCH(Locale.FRENCH,
            new String[] {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."},
            '\u202F');

    private final Locale locale;
    private final String[] months;
    private final char groupSeparator;

    EdtfLanguage(Locale locale, String[] months, char groupSeparator) {
        this.locale = locale;
        this.months = months;
        this.groupSeparator = groupSeparator;
    }

    static EdtfLanguage of(Locale locale) {
        return locale.getLanguage().equals(FRENCH.locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    /** What a date left unsaid, for digits written {@code X}. */
    enum Unknown {
        MONTH, DAY, MONTH_AND_DAY
    }

    /**
     * How a French noun phrase takes a preposition: a day takes "le" ("vers le 30 déc."), a season
     * "le" or "l’", a decade "les", a bare year or month none ("vers 1990", "jusqu’en 1990").
     * English ignores it.
     */
    enum Article {
        NONE("", "en "), LE("le ", "au "), ELIDED("l’", "à l’"), LES("les ", "aux ");

        private final String plain;
        private final String afterJusque;

        Article(String plain, String afterJusque) {
            this.plain = plain;
            this.afterJusque = afterJusque;
        }
    }

    /** A date in words and the French article it takes. */
    record Phrase(String words, Article article) {
        Phrase {
            requireNonNull(words, "words is null");
            requireNonNull(article, "article is null");
        }

        static Phrase bare(String words) {
            return new Phrase(words, Article.NONE);
        }

        static Phrase definite(String words) {
            return new Phrase(words, Article.LE);
        }
    }

    String month(int month) {
        return months[month - 1];
    }

    /** French writes the first of the month as an ordinal, "1er". */
    String dayOfMonth(int day) {
        return this == FRENCH && day == 1 ? "1er" : Integer.toString(day);
    }

    /**
     * A year for reading: astronomical year 0 is 1 BC and -44 is 45 BC (ISO 8601 counts a year 0,
     * people do not); years beyond four digits are grouped in threes.
     */
    String year(int year) {
        if (year >= 1) {
            return grouped(year);
        }
        String era = switch (this) {
            case ENGLISH -> " BC";
            case FRENCH -> " av. J.-C.";
        };
        return grouped(1L - year) + era;
    }

    private String grouped(long number) {
        String digits = Long.toString(number);
        if (digits.length() <= 4) {
            return digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(groupSeparator);
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    Phrase decade(int firstYear) {
        return switch (this) {
            case ENGLISH -> Phrase.bare(firstYear + "s");
            case FRENCH -> new Phrase("années " + firstYear, Article.LES);
        };
    }

    Phrase season(Season season, String year) {
        return switch (this) {
            case ENGLISH -> Phrase.bare(season.name().toLowerCase(Locale.ROOT) + " " + year);
            case FRENCH -> switch (season) {
                case SPRING -> new Phrase("printemps " + year, Article.LE);
                case SUMMER -> new Phrase("été " + year, Article.ELIDED);
                case AUTUMN -> new Phrase("automne " + year, Article.ELIDED);
                case WINTER -> new Phrase("hiver " + year, Article.ELIDED);
            };
        };
    }

    String unknown(Unknown what) {
        return switch (this) {
            case ENGLISH -> switch (what) {
                case MONTH -> "(month unknown)";
                case DAY -> "(day unknown)";
                case MONTH_AND_DAY -> "(month and day unknown)";
            };
            case FRENCH -> switch (what) {
                case MONTH -> "(mois inconnu)";
                case DAY -> "(jour inconnu)";
                case MONTH_AND_DAY -> "(mois et jour inconnus)";
            };
        };
    }

    /** A date on its own: "c. 30 Dec 2021", "vers le 30 déc. 2021", "1990?". */
    String qualified(Phrase date, Qualifier qualifier) {
        String words = date.words();
        if (qualifier.isApproximate()) {
            words = switch (this) {
                case ENGLISH -> "c. " + words;
                case FRENCH -> "vers " + date.article().plain + words;
            };
        }
        return qualifier.isUncertain() ? words + "?" : words;
    }

    /** The start of an interval open at its end: "from Apr 1985", "depuis avr. 1985". */
    String from(Phrase date, Qualifier qualifier) {
        return switch (this) {
            case ENGLISH -> "from " + qualified(date, qualifier);
            case FRENCH -> "depuis " + date.article().plain + frenchTail(date, qualifier);
        };
    }

    /** The end of an interval open at its start: "until Apr 1985", "jusqu’en avr. 1985". */
    String until(Phrase date, Qualifier qualifier) {
        return switch (this) {
            case ENGLISH -> "until " + qualified(date, qualifier);
            case FRENCH -> "jusqu’" + date.article().afterJusque + frenchTail(date, qualifier);
        };
    }

    /** After "depuis" or "jusqu’", "vers" cannot stand, so an approximate date ends in "environ". */
    private static String frenchTail(Phrase date, Qualifier qualifier) {
        String words = date.words() + (qualifier.isApproximate() ? " environ" : "");
        return qualifier.isUncertain() ? words + "?" : words;
    }
}
