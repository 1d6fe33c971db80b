package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/date/valid.csv", delimiter = '|', quoteCharacter = '`')
    void parse_validExpression(String text, String earliest, String latest, boolean interval, boolean uncertain,
            boolean approximate) {
        Edtf edtf = Edtf.parse(text);

        assertThat(edtf.text()).isEqualTo(text);
        assertThat(edtf.earliestDay()).as("earliest day").isEqualTo(day(earliest, Edtf.UNBOUNDED_EARLIEST));
        assertThat(edtf.latestDay()).as("latest day").isEqualTo(day(latest, Edtf.UNBOUNDED_LATEST));
        assertThat(edtf.earliest()).isEqualTo(earliest.equals("MIN") ? Optional.empty()
                : Optional.of(LocalDate.parse(earliest)));
        assertThat(edtf.latest()).isEqualTo(latest.equals("MAX") ? Optional.empty()
                : Optional.of(LocalDate.parse(latest)));
        assertThat(edtf.isInterval()).as("interval").isEqualTo(interval);
        assertThat(edtf.uncertain()).as("uncertain").isEqualTo(uncertain);
        assertThat(edtf.approximate()).as("approximate").isEqualTo(approximate);
        assertThat(Edtf.parse(edtf.text())).as("parsing the text again").isEqualTo(edtf);
    }

    private static long day(String iso, long unbounded) {
        return iso.equals("MIN") || iso.equals("MAX") ? unbounded : LocalDate.parse(iso).toEpochDay();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/date/invalid.csv", delimiter = '|', quoteCharacter = '`')
    void parse_invalidExpression(String text, String fragment) {
        assertThatThrownBy(() -> Edtf.parse(text))
                .isInstanceOf(EdtfException.class)
                .hasMessageStartingWith(EdtfException.quote(text) + " is not a valid EDTF date: ")
                .hasMessageContaining(fragment);
    }

    @Test
    void parse_invalidMonth_messageQuotesInputAndSaysWhy() {
        assertThatThrownBy(() -> Edtf.parse("2021-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2021-13\" is not a valid EDTF date: month must be 01–12 (or 21–24 for a season)");
    }

    @Test
    void parse_null_explainsWhatIsExpected() {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse(null));

        assertThat(error).hasMessage("null is not a valid EDTF date: expected text such as 2021-12 or 1990/1991");
        assertThat(error.input()).isEmpty();
    }

    @Test
    void parse_emptyString() {
        assertThatThrownBy(() -> Edtf.parse("")).hasMessage("\"\" is not a valid EDTF date: it is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t", "\n", " \u2003 "})
    void parse_onlyWhitespace(String text) {
        assertThatThrownBy(() -> Edtf.parse(text)).hasMessageEndingWith("is not a valid EDTF date: it is only whitespace");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2021-12", "2021-12 ", "\t2021-12\n", "  2021-12  "})
    void parse_surroundingWhitespace_isTrimmed(String text) {
        Edtf edtf = Edtf.parse(text);

        assertThat(edtf.text()).isEqualTo("2021-12");
        assertThat(edtf).isEqualTo(Edtf.parse("2021-12"));
    }

    @Test
    void parse_spaceAfterLeadingWhitespace_countsPositionInInput() {
        assertThatThrownBy(() -> Edtf.parse("  2021 -12")).hasMessageContaining("a space at position 7");
    }

    @Test
    void parse_spaceInside_isRefusedEvenNearQualifier() {
        assertThatThrownBy(() -> Edtf.parse("2021-12-30 ~")).hasMessageContaining("a space at position 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-30T10:00:00+00:00", "2021-12-30T10:00:00Z"})
    void parse_utcShift_isSpelledZ(String text) {
        Edtf edtf = Edtf.parse(text);

        assertThat(edtf.text()).isEqualTo("2021-12-30T10:00:00Z");
        assertThat(edtf.date().orElseThrow().time().orElseThrow().offset()).contains(ZoneOffset.UTC);
    }

    @Test
    void parse_dayThatDoesNotExist_keepsTheRuleThatFailedAsCause() {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse("2021-02-29"));

        assertThat(error.getCause()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day 29 is past the end of February 2021, which has 28 days");
        assertThat(error.reason()).isEqualTo("day 29 is past the end of February 2021, which has 28 days");
        assertThat(error.input()).contains("2021-02-29");
    }

    @Test
    void parse_invalidEndOfInterval_reasonNamesTheEnd() {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse("1990/1991-13"));

        assertThat(error.reason()).isEqualTo("end \"1991-13\": month must be 01–12 (or 21–24 for a season)");
    }

    @Test
    void parse_longInput_isCutInMessage() {
        String text = "2021-12-30" + "0".repeat(500);

        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse(text));

        assertThat(error.getMessage()).startsWith("\"2021-12-30000").contains("…\" is not a valid EDTF date");
        assertThat(error.getMessage().length()).isLessThan(200);
        assertThat(error.input()).contains(text);
    }

    @Test
    void parse_controlCharacters_areEscapedInMessage() {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse("2021\u0000-12\r\nforged"));

        assertThat(error.getMessage()).startsWith("\"2021\\u0000-12\\u000D\\u000Aforged\"")
                .doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
    }

    @Test
    void parse_quoteInInput_cannotCloseTheQuote() {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> Edtf.parse("2021\"x"));

        assertThat(error.getMessage()).startsWith("\"2021\\u0022x\" is not a valid EDTF date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1667,1668]", "{1960,1961-12}", "?2004", "2004-?06", "2004-06~-11", "Y17E7", "1950S2",
        "2001-25", "1XXX", "1X99", "201X-06", "2004-0X", "2004-06-1X", "2004-XX-15"})
    void parse_level2Feature_saysLevel2IsNotSupported(String text) {
        assertThatThrownBy(() -> Edtf.parse(text)).isInstanceOf(EdtfException.class)
                .hasMessageContaining("EDTF level 2, which is not supported");
    }

    @Test
    void parse_interval_keepsBothEnds() {
        Edtf edtf = Edtf.parse("1984?/2004-06~");

        assertThat(edtf.start()).isEqualTo(EdtfDate.ofYear(1984).withQualifier(EdtfDate.Qualifier.UNCERTAIN));
        assertThat(edtf.end()).isEqualTo(EdtfDate.ofMonth(2004, 6).withQualifier(EdtfDate.Qualifier.APPROXIMATE));
        assertThat(edtf.date()).isEmpty();
    }

    @Test
    void parse_openAndUnknownEnds_areDistinguished() {
        assertThat(Edtf.parse("1985-04/..").end()).isEqualTo(EdtfEndpoint.OPEN);
        assertThat(Edtf.parse("1985-04/").end()).isEqualTo(EdtfEndpoint.UNKNOWN);
        assertThat(Edtf.parse("../1985-04").start()).isEqualTo(EdtfEndpoint.OPEN);
        assertThat(Edtf.parse("/1985-04").start()).isEqualTo(EdtfEndpoint.UNKNOWN);
        assertThat(Edtf.parse("1985-04/..")).isNotEqualTo(Edtf.parse("1985-04/"));
    }

    @Test
    void parse_singleDate_hasSameDateAtBothEnds() {
        Edtf edtf = Edtf.parse("2021-12-30~");

        assertThat(edtf.start()).isSameAs(edtf.end());
        assertThat(edtf.date()).contains(EdtfDate.ofDay(LocalDate.of(2021, 12, 30))
                .withQualifier(EdtfDate.Qualifier.APPROXIMATE));
    }

    @Test
    void parse_dateTime_keepsTimeAndShift() {
        EdtfDate date = Edtf.parse("2021-12-17T13:26:00+03:00").date().orElseThrow();

        assertThat(date.time()).contains(new EdtfDate.TimeOfDay(LocalTime.of(13, 26),
                Optional.of(ZoneOffset.ofHours(3))));
        assertThat(date.precision()).isEqualTo(EdtfDate.Precision.DAY);
    }

    @Test
    void parse_unspecifiedDigits_areRecorded() {
        assertThat(Edtf.parse("20XX").date().orElseThrow().unspecifiedYearDigits()).isEqualTo(2);
        assertThat(Edtf.parse("2004-XX").date().orElseThrow().month()).isEmpty();
        assertThat(Edtf.parse("2004-06-XX").date().orElseThrow().day()).isEmpty();
        assertThat(Edtf.parse("2004-06-XX").date().orElseThrow().hasUnspecifiedDigits()).isTrue();
        assertThat(Edtf.parse("2004-06-01").date().orElseThrow().hasUnspecifiedDigits()).isFalse();
    }

    @Test
    void parse_sameTextTwice_givesEqualValues() {
        assertThat(Edtf.parse("1985-04/..")).isEqualTo(Edtf.parse("1985-04/..")).hasSameHashCodeAs(
                Edtf.parse("1985-04/.."));
        assertThat(Edtf.parse("2021-12").toString()).isEqualTo("2021-12");
    }
}
