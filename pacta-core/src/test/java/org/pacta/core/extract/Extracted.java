package org.pacta.core.extract;

import java.util.List;

/** Test helper: runs the extractor and renders each quotation as "quote | speaker | verb". */
final class Extracted {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private Extracted() {
    }

    static List<String> lines(String text) {
        return EXTRACTOR.extract(text).quotations().stream().map(Extracted::line).toList();
    }

    static String line(Quotation quotation) {
        return quotation.quote() + " | " + quotation.speaker().orElse("-") + " | " + quotation.verb().orElse("-");
    }

    static List<String> quotes(String text) {
        return EXTRACTOR.extract(text).quotations().stream().map(Quotation::quote).toList();
    }

    static List<String> speakers(String text) {
        return EXTRACTOR.extract(text).quotations().stream().map(q -> q.speaker().orElse("-")).toList();
    }
}
