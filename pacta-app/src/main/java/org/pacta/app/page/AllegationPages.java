package org.pacta.app.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Allegation.Finding;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.registry.Kind;

/** {@code /allegations} (filterable by party and finding) and {@code /allegations/{id}}. */
public final class AllegationPages {

    private AllegationPages() {
    }

    public record Filters(Optional<String> party, Optional<Finding> finding) {
        public boolean any() {
            return party.isPresent() || finding.isPresent();
        }
    }

    public record ListView(Filters filters, List<String> parties, List<Allegation> allegations, long total) {
    }

    /**
     * One allegation with what it is about, the answers to it, and the allegations on either side of
     * it: the one it counters, and those that counter it.
     */
    public record AllegationView(Allegation allegation, Optional<Commitment> commitment,
            Optional<Instrument> instrument, List<Response> responses, Optional<Allegation> counterTo,
            List<Allegation> counteredBy) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        Filters filters = new Filters(r.param("party"), r.choice("finding", Finding.class));
        filters.party().filter(p -> !s.parties.containsKey(p)).ifPresent(p -> {
            throw new PageException(400, "error.badChoice", "party", p);
        });
        List<Allegation> rows = s.allegations.values().stream()
                .filter(a -> filters.party().map(p -> a.accuser().equals(p) || a.accused().equals(p)).orElse(true))
                .filter(a -> filters.finding().map(f -> a.finding() == f).orElse(true)).toList();
        Set<String> parties = new TreeSet<>(Comparator.comparing((String id) -> s.partyName(id).toLowerCase())
                .thenComparing(id -> id));
        s.allegations.values().forEach(a -> {
            parties.add(a.accuser());
            parties.add(a.accused());
        });
        r.show("allegations.jte", r.page().m("allegations.title"),
                new ListView(filters, List.copyOf(parties), rows, s.allegations.size()));
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Allegation allegation = Optional.ofNullable(s.allegations.get(id))
                .orElseThrow(() -> PageException.notFound(Kind.ALLEGATION, id));
        List<Response> responses = s.responses.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(Response::date, Edtf.TIMELINE)).toList();
        List<Allegation> counteredBy = s.allegations.values().stream()
                .filter(a -> a.counterTo().filter(id::equals).isPresent()).toList();
        r.show("allegation.jte", r.page().m("allegation.title", s.partyName(allegation.accuser()),
                s.partyName(allegation.accused())), new AllegationView(allegation,
                allegation.commitment().map(s.commitments::get), allegation.instrument().map(s.instruments::get),
                responses, allegation.counterTo().map(s.allegations::get), counteredBy));
    }
}
