package org.pacta.app.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;
import org.pacta.core.event.Event;
import org.pacta.core.registry.Kind;
import org.pacta.core.source.Source;
import org.pacta.core.source.Source.SourceKind;
import org.pacta.core.statement.Statement;

/** {@code /sources}, {@code /sources/{id}} (its statements and what it evidences) and {@code /events/{id}}. */
public final class SourcePages {

    private SourcePages() {
    }

    public record Row(Source source, long statements, long cited) {
    }

    public record ListView(Optional<SourceKind> kind, List<Row> rows, long total) {
    }

    /** A source, the statements it reports (in date order), and the items that cite it as evidence. */
    public record SourceView(Source source, Optional<SourceText> text, List<Statement> statements,
            List<Snapshot.Entry> citedBy) {
    }

    /** An event and the zoomed timeline around it. */
    public record EventView(Event event, String timeline) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        Optional<SourceKind> kind = r.choice("kind", SourceKind.class);
        List<Row> rows = s.sources.values().stream().filter(x -> kind.map(k -> x.kind() == k).orElse(true))
                .map(x -> new Row(x, s.statementsBySource.getOrDefault(x.id(), List.of()).size(), citedBy(s, x).size()))
                .toList();
        r.show("sources.jte", r.page().m("sources.title"), new ListView(kind, rows, s.sources.size()));
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Source source = s.source(id).orElseThrow(() -> PageException.notFound(Kind.SOURCE, id));
        List<Statement> statements = s.statementsBySource.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing((Statement x) -> x.date().map(Edtf::earliestDay).orElse(Long.MAX_VALUE))
                        .thenComparing(x -> x.start().orElse(0)))
                .toList();
        Optional<SourceText> text = source.contentHash().flatMap(r::text)
                .map(stored -> SourceText.marked(stored, statements));
        r.show("source.jte", source.title(), new SourceView(source, text, statements, citedBy(s, source)));
    }

    /** Items that cite the source as evidence; its statements are listed apart. */
    private static List<Snapshot.Entry> citedBy(Snapshot s, Source source) {
        return s.citing.getOrDefault(source.id(), List.of()).stream().filter(e -> e.kind() != Kind.STATEMENT).toList();
    }

    static void event(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Event event = Optional.ofNullable(s.events.get(id)).orElseThrow(() -> PageException.notFound(Kind.EVENT, id));
        String month = event.date().earliest().map(d -> d.toString().substring(0, 7)).orElse("");
        String timeline = month.isEmpty() ? "/timeline" : "/timeline?from=" + month + "&to=" + month + "#event-" + id;
        r.show("event.jte", event.title(), new EventView(event, timeline));
    }
}
