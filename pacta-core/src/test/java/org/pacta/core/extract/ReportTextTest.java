package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void parse_dateLineWithFirstParagraphOnIt() {
        ReportText report = ReportText.parse(" date 2023-04 Premier paragraphe.\n\nSecond paragraphe.");
        assertThat(report.date()).contains("2023-04");
        assertThat(report.paragraphs()).hasSize(2);
        Paragraph first = report.paragraphs().get(0);
        assertThat(report.text().substring(first.start(), first.end())).isEqualTo("Premier paragraphe.");
    }

    @Test
    void parse_fullDate() {
        assertThat(ReportText.parse(" date 2023-04-17\nTexte.").date()).contains("2023-04-17");
    }

    @Test
    void parse_noDateLine() {
        ReportText report = ReportText.parse("Just text.\n\n\n\nMore text.");
        assertThat(report.date()).isEmpty();
        assertThat(report.paragraphs()).hasSize(2);
    }

    @Test
    void parse_linesWithinAParagraphStayTogether() {
        ReportText report = ReportText.parse("One line\ncontinues here.\n\nNext.");
        assertThat(report.paragraphs()).hasSize(2);
    }

    @Test
    void paragraphAt_findsContainingParagraph() {
        ReportText report = ReportText.parse("Alpha.\n\nBeta.");
        assertThat(report.paragraphAt(report.text().indexOf("Beta"))).isEqualTo(1);
    }
}
