package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfFormatTest {

    private static final EdtfFormat ENGLISH = EdtfFormat.forLocale(Locale.ENGLISH);
    private static final EdtfFormat FRENCH = EdtfFormat.forLocale(Locale.FRENCH);

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # single dates at each precision
            2021                       | 2021                          | 2021
            2021-12                    | Dec 2021                      | déc. 2021
            2021-09                    | Sep 2021                      | sept. 2021
            2021-07                    | Jul 2021                      | juil. 2021
            2022-01-12                 | 12 Jan 2022                   | 12 janv. 2022
            2022-01-01                 | 1 Jan 2022                    | 1er janv. 2022
            1990-02-09                 | 9 Feb 1990                    | 9 févr. 1990
            2021-08-15                 | 15 Aug 2021                   | 15 août 2021
            2021-21                    | spring 2021                   | printemps 2021
            2021-22                    | summer 2021                   | été 2021
            2021-23                    | autumn 2021                   | automne 2021
            2021-24                    | winter 2021                   | hiver 2021
            # qualifiers
            1990?                      | 1990?                         | 1990?
            1990~                      | c. 1990                       | vers 1990
            1990%                      | c. 1990?                      | vers 1990?
            1990-02~                   | c. Feb 1990                   | vers févr. 1990
            2021-12-30~                | c. 30 Dec 2021                | vers le 30 déc. 2021
            2021-12-30?                | 30 Dec 2021?                  | 30 déc. 2021?
            2004-06-11%                | c. 11 Jun 2004?               | vers le 11 juin 2004?
            2021-21~                   | c. spring 2021                | vers le printemps 2021
            2021-22~                   | c. summer 2021                | vers l’été 2021
            2021-24%                   | c. winter 2021?               | vers l’hiver 2021?
            # unspecified digits are named, not guessed
            201X                       | 2010s                         | années 2010
            199X~                      | c. 1990s                      | vers les années 1990
            201X?                      | 2010s?                        | années 2010?
            20XX                       | 2000–2099                     | 2000–2099
            2004-XX                    | 2004 (month unknown)          | 2004 (mois inconnu)
            2004-06-XX                 | Jun 2004 (day unknown)        | juin 2004 (jour inconnu)
            2004-XX-XX                 | 2004 (month and day unknown)  | 2004 (mois et jour inconnus)
            # years before 1 are BC; year 0 is 1 BC
            -0044                      | 45 BC                         | 45 av. J.-C.
            0000                       | 1 BC                          | 1 av. J.-C.
            0001                       | 1                             | 1
            0476                       | 476                           | 476
            -0043-03-15                | 15 Mar 44 BC                  | 15 mars 44 av. J.-C.
            # date-times keep the time as written
            2022-01-12T10:30:00        | 12 Jan 2022, 10:30:00         | 12 janv. 2022, 10:30:00
            2022-01-12T10:30:00Z       | 12 Jan 2022, 10:30:00 UTC     | 12 janv. 2022, 10:30:00 UTC
            2022-01-12T10:30:00+03:00  | 12 Jan 2022, 10:30:00 +03:00  | 12 janv. 2022, 10:30:00 +03:00
            2022-01-01T23:00:00-05:00  | 1 Jan 2022, 23:00:00 -05:00   | 1er janv. 2022, 23:00:00 -05:00
            # intervals share what their ends have in common
            1990/1991                  | 1990–1991                     | 1990–1991
            2022-01-10/2022-01-13      | 10–13 Jan 2022                | 10–13 janv. 2022
            2022-01-01/2022-01-03      | 1–3 Jan 2022                  | 1er–3 janv. 2022
            2022-01-30/2022-02-02      | 30 Jan – 2 Feb 2022           | 30 janv. – 2 févr. 2022
            2021-12-30/2022-01-02      | 30 Dec 2021 – 2 Jan 2022      | 30 déc. 2021 – 2 janv. 2022
            2022-01/2022-03            | Jan–Mar 2022                  | janv.–mars 2022
            2021-12/2022-02            | Dec 2021 – Feb 2022           | déc. 2021 – févr. 2022
            2004-02-01/2005            | 1 Feb 2004 – 2005             | 1er févr. 2004 – 2005
            2022-01/2022-01-20         | Jan 2022 – 20 Jan 2022        | janv. 2022 – 20 janv. 2022
            1990/1990                  | 1990                          | 1990
            2022-01-10/2022-01-10      | 10 Jan 2022                   | 10 janv. 2022
            1984?/2004-06~             | 1984? – c. Jun 2004           | 1984? – vers juin 2004
            2022-01-10~/2022-01-13     | c. 10 Jan 2022 – 13 Jan 2022  | vers le 10 janv. 2022 – 13 janv. 2022
            2004-06-XX/2004-06-20      | Jun 2004 (day unknown) – 20 Jun 2004 | juin 2004 (jour inconnu) – 20 juin 2004
            2021-21/2021-23            | spring 2021 – autumn 2021     | printemps 2021 – automne 2021
            -0044/0044                 | 45 BC – 44                    | 45 av. J.-C. – 44
            2022-01-10T09:00:00/2022-01-10T17:00:00 | 10 Jan 2022, 09:00:00 – 10 Jan 2022, 17:00:00 | 10 janv. 2022, 09:00:00 – 10 janv. 2022, 17:00:00
            # open ends read "from" and "until"
            1985-04/..                 | from Apr 1985                 | depuis avr. 1985
            1985-04-12/..              | from 12 Apr 1985              | depuis le 12 avr. 1985
            1985/..                    | from 1985                     | depuis 1985
            2021-23/..                 | from autumn 2021              | depuis l’automne 2021
            2021-21/..                 | from spring 2021              | depuis le printemps 2021
            201X/..                    | from 2010s                    | depuis les années 2010
            1985~/..                   | from c. 1985                  | depuis 1985 environ
            1985?/..                   | from 1985?                    | depuis 1985?
            ../1985-04                 | until Apr 1985                | jusqu’en avr. 1985
            ../1985-04-12              | until 12 Apr 1985             | jusqu’au 12 avr. 1985
            ../1985                    | until 1985                    | jusqu’en 1985
            ../2021-21                 | until spring 2021             | jusqu’au printemps 2021
            ../2021-22                 | until summer 2021             | jusqu’à l’été 2021
            ../201X                    | until 2010s                   | jusqu’aux années 2010
            ../1985-04-12%             | until c. 12 Apr 1985?         | jusqu’au 12 avr. 1985 environ?
            # unknown ends are a question mark
            1985-04/                   | Apr 1985 – ?                  | avr. 1985 – ?
            1985/                      | 1985–?                        | 1985–?
            /1985                      | ?–1985                        | ?–1985
            /1985-04-12                | ? – 12 Apr 1985               | ? – 12 avr. 1985
            """)
    void format_englishAndFrench(String text, String english, String french) {
        Edtf edtf = Edtf.parse(text);

        assertThat(ENGLISH.format(edtf)).isEqualTo(english);
        assertThat(FRENCH.format(edtf)).isEqualTo(french);
    }

    @Test
    void format_yearsBeyondFourDigits_areGroupedByLocale() {
        assertThat(ENGLISH.format(Edtf.parse("Y170000002"))).isEqualTo("170,000,002");
        assertThat(FRENCH.format(Edtf.parse("Y170000002"))).isEqualTo("170\u202F000\u202F002");
        assertThat(ENGLISH.format(Edtf.parse("Y-170000002"))).isEqualTo("170,000,003 BC");
        assertThat(FRENCH.format(Edtf.parse("Y-170000002"))).isEqualTo("170\u202F000\u202F003 av. J.-C.");
        assertThat(ENGLISH.format(Edtf.parse("Y10000"))).isEqualTo("10,000");
        assertThat(ENGLISH.format(Edtf.parse("Y-10000/-9999"))).isEqualTo("10,001 BC – 10,000 BC");
        assertThat(ENGLISH.format(Edtf.parse("Y999999999"))).isEqualTo("999,999,999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-FR", "fr-CA", "fr-BE", "fr-CH"})
    void forLocale_anyFrench_isFrench(String tag) {
        EdtfFormat format = EdtfFormat.forLocale(Locale.forLanguageTag(tag));

        assertThat(format.format(Edtf.parse("2021-12"))).isEqualTo("déc. 2021");
        assertThat(format.locale()).isEqualTo(Locale.FRENCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-US", "de", "es", "ru", "uk", "ja", "und"})
    void forLocale_anythingElse_isEnglish(String tag) {
        EdtfFormat format = EdtfFormat.forLocale(Locale.forLanguageTag(tag));

        assertThat(format.format(Edtf.parse("2021-12"))).isEqualTo("Dec 2021");
        assertThat(format.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void forLocale_root_isEnglish() {
        assertThat(EdtfFormat.forLocale(Locale.ROOT).format(Edtf.parse("2021-21"))).isEqualTo("spring 2021");
    }

    @Test
    void format_everyMonthAbbreviation() {
        String[] english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        String[] french = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
            "déc."};
        for (int month = 1; month <= 12; month++) {
            Edtf edtf = Edtf.of(EdtfDate.ofMonth(2022, month));
            assertThat(ENGLISH.format(edtf)).isEqualTo(english[month - 1] + " 2022");
            assertThat(FRENCH.format(edtf)).isEqualTo(french[month - 1] + " 2022");
        }
    }

    @Test
    void format_null_isRefused() {
        assertThatThrownBy(() -> ENGLISH.format(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EdtfFormat.forLocale(null)).isInstanceOf(NullPointerException.class);
    }
}
