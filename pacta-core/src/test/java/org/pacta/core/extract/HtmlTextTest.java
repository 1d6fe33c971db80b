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

    private static final String NEWS_PAGE = """
            <html><head><title>Envoys meet again | The Daily Wire Service</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li>“Breaking” news</li></ul></nav>
            <h1>Envoys meet again</h1>
            <div class="top-share-bar"><a>Share</a> “Tweet this”</div>
            <article><p>The envoy said “the door stays open” after the meeting.</p>
            <div class="related-articles"><div><a>Minister: “No deal without guarantees”</a></div></div>
            <p>“We will meet again in spring,” she added.</p></article>
            <aside><p>Most read: “A headline quote elsewhere”</p></aside>
            <div id="comments"><p>Reader: “this is nonsense”</p></div>
            <footer>“Copyright” notice</footer></body></html>""";

    @Test
    void read_keepsTheArticleAndItsHeadlineOnly() {
        String text = HtmlText.read(NEWS_PAGE).text();
        assertThat(text).startsWith("Envoys meet again\n\nThe envoy said");
        assertThat(text).contains("the door stays open").contains("We will meet again in spring");
        assertThat(text).doesNotContain("Daily Wire Service").doesNotContain("Breaking").doesNotContain("Tweet this")
                .doesNotContain("No deal without guarantees").doesNotContain("Most read")
                .doesNotContain("nonsense").doesNotContain("Copyright");
    }

    @Test
    void extract_pageFurnitureYieldsNoQuotations() {
        ExtractedReport report = new QuoteExtractor().extract(NEWS_PAGE);
        assertThat(report.quotations()).extracting(Quotation::quote)
                .containsExactly("the door stays open", "We will meet again in spring,");
    }

    @Test
    void read_withoutArticleSkipsFurnitureAndNestedBlocks() {
        String page = "<body><h1>Title</h1><div class=\"sidebar\"><div><p>“inner”</p></div><p>“outer”</p></div>"
                + "<div class=\"shared-content\"><p>Kept paragraph.</p></div></body>";
        String text = HtmlText.read(page).text();
        assertThat(text).contains("Title").contains("Kept paragraph.").doesNotContain("inner").doesNotContain("outer");
    }

    @Test
    void read_pageWithoutHeadlineKeepsItsTitle() {
        assertThat(HtmlText.read("<html><head><title>Only title</title></head><body><p>Text.</p></body></html>").text())
                .startsWith("Only title");
    }

    @Test
    void looksLikeHtml_plainReportIsNotMarkup() {
        assertThat(HtmlText.looksLikeHtml(" date 2022-01 A report about 3 < 4.")).isFalse();
        assertThat(HtmlText.looksLikeHtml("<p>Hello</p>")).isTrue();
    }
}
