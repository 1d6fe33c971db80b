package org.pacta.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfTest {

    @Test
    void unboundedConstants_areTheEndsOfJavaTime() {
        assertThat(Edtf.UNBOUNDED_EARLIEST).isEqualTo(LocalDate.MIN.toEpochDay());
        assertThat(Edtf.UNBOUNDED_LATEST).isEqualTo(LocalDate.MAX.toEpochDay());
    }

    @Test
    void of_singleDate_spellsItsText() {
        Edtf edtf = Edtf.of(EdtfDate.ofMonth(2021, 12));

        assertThat(edtf).isEqualTo(Edtf.parse("2021-12"));
        assertThat(edtf.isInterval()).isFalse();
    }

    @Test
    void interval_fromParts_spellsItsText() {
        Edtf edtf = Edtf.interval(EdtfDate.ofYear(1985), EdtfEndpoint.OPEN);

        assertThat(edtf.text()).isEqualTo("1985/..");
        assertThat(edtf).isEqualTo(Edtf.parse("1985/.."));
        assertThat(Edtf.interval(EdtfEndpoint.UNKNOWN, EdtfDate.ofYear(1985)).text()).isEqualTo("/1985");
    }

    @Test
    void constructor_textMustSpellTheParts() {
        EdtfDate november = EdtfDate.ofMonth(2021, 11);

        assertThatThrownBy(() -> new Edtf("2021-12", november, november))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the canonical spelling \"2021-11\"");
        assertThatThrownBy(() -> new Edtf(" 2021-11", november, november))
                .hasMessageContaining("not the canonical spelling");
    }

    @Test
    void constructor_singleDateNeedsOneDate() {
        assertThatThrownBy(() -> new Edtf("2021", EdtfDate.ofYear(2021), EdtfDate.ofYear(2022)))
                .hasMessageContaining("same date at both ends");
        assertThatThrownBy(() -> new Edtf("..", EdtfEndpoint.OPEN, EdtfEndpoint.OPEN))
                .hasMessageContaining("same date at both ends");
    }

    @Test
    void constructor_intervalNeedsADateAndOrder() {
        assertThatThrownBy(() -> Edtf.interval(EdtfEndpoint.OPEN, EdtfEndpoint.UNKNOWN))
                .hasMessageContaining("at least one date");
        assertThatThrownBy(() -> Edtf.interval(EdtfDate.ofYear(2022), EdtfDate.ofYear(2021)))
                .hasMessageContaining("starts (2022) after it ends (2021)");
    }

    @Test
    void constructor_nullParts() {
        assertThatThrownBy(() -> new Edtf(null, EdtfEndpoint.OPEN, EdtfEndpoint.OPEN))
                .isInstanceOf(NullPointerException.class).hasMessage("text is null");
        assertThatThrownBy(() -> new Edtf("1985/..", null, EdtfEndpoint.OPEN)).hasMessage("start is null");
    }

    @Test
    void earliestAndLatest_areEmptyOnlyForMissingEnds() {
        assertThat(Edtf.parse("1985/..").earliest()).contains(LocalDate.of(1985, 1, 1));
        assertThat(Edtf.parse("1985/..").latest()).isEmpty();
        assertThat(Edtf.parse("/1985").earliest()).isEmpty();
        assertThat(Edtf.parse("/1985").latest()).contains(LocalDate.of(1985, 12, 31));
    }

    @Test
    void earliest_ofFirstYearOfJavaTime_isPresentThoughItEqualsTheSentinel() {
        Edtf edtf = Edtf.parse("Y-999999999");

        assertThat(edtf.earliestDay()).isEqualTo(Edtf.UNBOUNDED_EARLIEST);
        assertThat(edtf.earliest()).contains(LocalDate.MIN);
        assertThat(Edtf.parse("Y999999999").latest()).contains(LocalDate.MAX);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1990               | false | false
            1990?              | true  | false
            1990~              | false | true
            1990%              | true  | true
            1990?/1991         | true  | false
            1990/1991~         | false | true
            1990?/1991~        | true  | true
            1990%/..           | true  | true
            ../1990?           | true  | false
            /1990~             | false | true
            1990/              | false | false
            """)
    void uncertainAndApproximate_lookAtBothEnds(String text, boolean uncertain, boolean approximate) {
        Edtf edtf = Edtf.parse(text);

        assertThat(edtf.uncertain()).isEqualTo(uncertain);
        assertThat(edtf.approximate()).isEqualTo(approximate);
    }

    @Test
    void isInterval_evenWithEqualEnds() {
        assertThat(Edtf.parse("1990/1990").isInterval()).isTrue();
        assertThat(Edtf.parse("1990").isInterval()).isFalse();
        assertThat(Edtf.parse("1990/1990")).isNotEqualTo(Edtf.parse("1990"));
    }
}
