package org.pacta.app.web;

import org.pacta.core.Pacta;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;

/** A minimal landing page until the web pages arrive: what the registry holds and where the API is. */
final class Home {

    private Home() {
    }

    static String html(Pacta pacta) {
        StringBuilder rows = new StringBuilder();
        for (String[] c : new String[][] {{"parties", "PARTY"}, {"instruments", "INSTRUMENT"}, {"tracks", "TRACK"},
                {"concerns", "CONCERN"}, {"commitments", "COMMITMENT"}, {"statements", "STATEMENT"},
                {"allegations", "ALLEGATION"}, {"events", "EVENT"}, {"sources", "SOURCE"}}) {
            int count = pacta.registry().list(ItemQuery.of(Kind.valueOf(c[1])).withLimit(ItemQuery.MAX_LIMIT))
                    .items().size();
            rows.append("<li><a href=\"/api/v1/").append(c[0]).append("\">").append(c[0]).append("</a> (")
                    .append(count).append(count == ItemQuery.MAX_LIMIT ? "+" : "").append(")</li>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pacta</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<main><h1>Pacta</h1><p>What states promise each other, how binding each promise is, and whether "
                + "promises are kept.</p><h2>API</h2><ul>" + rows
                + "<li><a href=\"/api/v1/timeline\">timeline</a></li>"
                + "<li><a href=\"/api/v1/openapi.json\">OpenAPI document</a></li></ul>"
                + "<p>Log entries: " + pacta.registry().size() + "</p></main></body></html>";
    }
}
