package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Report</title><style>p { color: red; }</style>
            <script>var x = "«not a quote»";</script></head><body>
            <time datetime="2022-03-04T10:00">4 March</time>
            <h1>Talks resume</h1>
            <p>The minister said &laquo;&nbsp;we are ready&nbsp;&raquo; on <b>Tuesday</b>.</p>
            <p>&ldquo;Nothing is agreed,&rdquo; he added.<br>Another line &amp; more.</p>
            </body></html>""";

    @Test
    void read_dropsScriptsStylesAndTags() {
        HtmlText.Document document = HtmlText.read(PAGE);
        assertThat(document.text()).doesNotContain("color").doesNotContain("var x").doesNotContain("<");
        assertThat(document.text()).contains("on Tuesday.");
    }

    @Test
    void read_decodesEntities() {
        assertThat(HtmlText.read(PAGE).text()).contains("«\u00A0we are ready\u00A0»").contains("& more");
    }

    @Test
    void read_blockElementsMakeParagraphs() {
        ReportText report = ReportText.parse(HtmlText.read(PAGE).text());
        assertThat(report.paragraphs()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void read_dateFromTimeElement() {
        assertThat(HtmlText.read(PAGE).date()).contains("2022-03-04");
    }

    @Test
    void extract_htmlOffsetsReferToExtractedText() {
        ExtractedReport report = new QuoteExtractor().extract(PAGE);
        assertThat(report.date()).contains("2022-03-04");
        assertThat(report.quotations()).extracting(Quotation::quote).containsExactly("we are ready", "Nothing is agreed,");
        for (Quotation quotation : report.quotations()) {
            assertThat(report.text().substring(quotation.start(), quotation.end())).isEqualTo(quotation.quote());
        }
    }

    @Test
    void looksLikeHtml_plainReportIsNotMarkup() {
        assertThat(HtmlText.looksLikeHtml(" date 2022-01 A report about 3 < 4.")).isFalse();
        assertThat(HtmlText.looksLikeHtml("<p>Hello</p>")).isTrue();
    }
}
