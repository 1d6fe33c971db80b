package org.pacta.app.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Stance.StanceValue;
import org.pacta.core.registry.Kind;

/** The front page (what Pacta holds, what changed last, what is still open) and the search results. */
public final class HomePage {

    private static final int LATEST = 12;

    private HomePage() {
    }

    /** One count on the front page, linking to its list. */
    public record Count(Kind kind, long count, String href) {
    }

    /** One of the latest recorded items. */
    public record Latest(Snapshot.Entry entry, String href) {
    }

    /** A concern some addressed party refused or left unanswered, with every addressed party's stance. */
    public record OpenConcern(Concern concern, Map<String, StanceValue> stances, String href) {
    }

    /** Instruments that share a derived status. */
    public record StatusGroup(InstrumentStatus.Code code, List<Instrument> instruments) {
    }

    public record HomeView(List<Count> counts, long logSize, List<Latest> latest, List<OpenConcern> open,
            List<StatusGroup> byStatus) {
    }

    public record SearchView(String query, List<Latest> hits) {
    }

    static void home(PageRequest r) {
        Snapshot s = r.s();
        List<Count> counts = List.of(count(s, Kind.PARTY, "/parties"), count(s, Kind.INSTRUMENT, "/instruments"),
                count(s, Kind.TRACK, "/tracks"), count(s, Kind.SESSION, "/tracks"), count(s, Kind.CONCERN, "/tracks"),
                count(s, Kind.COMMITMENT, "/commitments"), count(s, Kind.ALLEGATION, "/allegations"),
                count(s, Kind.STATEMENT, "/sources"), count(s, Kind.EVENT, "/timeline"),
                count(s, Kind.SOURCE, "/sources"));
        List<Latest> latest = s.entries.stream().sorted(Comparator.comparingLong(Snapshot.Entry::logIndex).reversed())
                .limit(LATEST).map(e -> new Latest(e, s.href(e.kind(), e.id()))).toList();
        List<OpenConcern> open = s.concerns.values().stream().filter(s::isOpen)
                .map(c -> new OpenConcern(c, s.currentStances(c), s.href(Kind.CONCERN, c.id()))).toList();
        Map<InstrumentStatus.Code, List<Instrument>> grouped = new EnumMap<>(InstrumentStatus.Code.class);
        s.instruments.values().forEach(i -> grouped.computeIfAbsent(s.statuses.get(i.id()).code(),
                c -> new ArrayList<>()).add(i));
        List<StatusGroup> byStatus = grouped.entrySet().stream()
                .map(e -> new StatusGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
        r.show("home.jte", r.page().m("home.title"), new HomeView(counts, s.logSize, latest, open, byStatus));
    }

    private static Count count(Snapshot s, Kind kind, String href) {
        return new Count(kind, s.count(kind), href);
    }

    static void search(PageRequest r) {
        String query = r.param("q").orElse("");
        List<Latest> hits = query.isEmpty() ? List.of() : Search.find(r.s(), query).stream()
                .map(e -> new Latest(e, r.s().href(e.kind(), e.id()))).toList();
        String title = query.isEmpty() ? r.page().m("search.title") : r.page().m("search.titleFor", query);
        r.show("search.jte", title, new SearchView(query, hits));
    }
}
