package org.pacta.app.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.Form;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.commitment.StatusChange.CommitmentStatus;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfException;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.Provision;
import org.pacta.core.instrument.Version;
import org.pacta.core.registry.Kind;

/** {@code /commitments} (filterable by party, form, status and period) and {@code /commitments/{id}}. */
public final class CommitmentPages {

    private CommitmentPages() {
    }

    /**
     * The filters as asked; each absent means "any". {@code from} and {@code to} are EDTF, and keep a
     * commitment whose date may fall in the period (a commitment dated 1990/1991 is in 1991).
     */
    public record Filters(Optional<String> party, Optional<Form> form, Optional<CommitmentStatus> status,
            Optional<Edtf> from, Optional<Edtf> to) {

        public boolean any() {
            return party.isPresent() || form.isPresent() || status.isPresent() || from.isPresent() || to.isPresent();
        }
    }

    public record Row(Commitment commitment, CommitmentStatus status, long allegations) {
    }

    public record ListView(Filters filters, List<String> parties, List<Row> rows, long total) {
    }

    public record CommitmentView(Commitment commitment, CommitmentStatus status, List<StatusChange> history,
            List<Allegation> allegations, Optional<Instrument> instrument, Optional<Provision> provision,
            Optional<Integer> provisionVersion) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        Filters filters = new Filters(r.param("party"), r.choice("form", Form.class),
                r.choice("status", CommitmentStatus.class), r.date("from"), r.date("to"));
        filters.party().filter(p -> !s.parties.containsKey(p)).ifPresent(p -> {
            throw new PageException(400, "error.badChoice", "party", p);
        });
        Edtf.Range range = range(filters.from(), filters.to());
        List<Row> rows = s.commitments.values().stream()
                .filter(c -> filters.party().map(p -> c.madeBy().equals(p) || c.madeTo().contains(p)).orElse(true))
                .filter(c -> filters.form().map(f -> c.form() == f).orElse(true))
                .filter(c -> range.includes(c.date()))
                .map(c -> new Row(c, s.currentStatus(c), s.allegationsAbout(c.id()).size()))
                .filter(row -> filters.status().map(st -> row.status() == st).orElse(true))
                .toList();
        Set<String> parties = new TreeSet<>(Comparator.comparing((String id) -> s.partyName(id).toLowerCase())
                .thenComparing(id -> id));
        s.commitments.values().forEach(c -> {
            parties.add(c.madeBy());
            parties.addAll(c.madeTo());
        });
        r.show("commitments.jte", r.page().m("commitments.title"),
                new ListView(filters, List.copyOf(parties), rows, s.commitments.size()));
    }

    /** The period of a filter; a period that ends before it starts is a 400 page. */
    static Edtf.Range range(Optional<Edtf> from, Optional<Edtf> to) {
        try {
            return Edtf.Range.between(from, to);
        } catch (EdtfException e) {
            throw new PageException(400, "error.badRange", from.map(Edtf::text).orElse(""),
                    to.map(Edtf::text).orElse(""));
        }
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Commitment commitment = Optional.ofNullable(s.commitments.get(id))
                .orElseThrow(() -> PageException.notFound(Kind.COMMITMENT, id));
        List<StatusChange> history = s.statusChanges.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(StatusChange::date, Edtf.TIMELINE)).toList();
        Optional<Instrument> instrument = commitment.instrument().map(s.instruments::get);
        Optional<Version> holding = commitment.provision().flatMap(eid -> s.versions
                .getOrDefault(commitment.instrument().orElseThrow(), List.of()).stream()
                .filter(v -> v.provision(eid).isPresent()).max(Comparator.comparingInt(Version::number)));
        Optional<Provision> provision = holding.flatMap(v -> v.provision(commitment.provision().orElseThrow()));
        r.show("commitment.jte", r.page().m("commitment.title", s.partyName(commitment.madeBy())),
                new CommitmentView(commitment, s.currentStatus(commitment), history, s.allegationsAbout(id),
                        instrument, provision, holding.map(Version::number)));
    }
}
