package org.pacta.app.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.Form;
import org.pacta.core.commitment.StatusChange.CommitmentStatus;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Stance.StanceValue;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Membership;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Kind;

/** {@code /parties} and {@code /parties/{id}}: who promised what to whom, who accused whom, who belonged where. */
public final class PartyPages {

    private PartyPages() {
    }

    /** A row of the parties table, with what the party did. */
    public record PartyRow(Party party, long made, long received, long accusing, long accused) {
    }

    public record ListView(List<PartyRow> rows) {
    }

    /** A commitment and its current status. */
    public record CommitmentRow(Commitment commitment, CommitmentStatus status) {
    }

    /** Commitments of one form; empty forms are kept so the page shows all three. */
    public record FormGroup(Form form, List<CommitmentRow> rows) {
    }

    public record InstrumentRow(Instrument instrument, InstrumentStatus status) {
    }

    public record ConcernRow(Concern concern, Map<String, StanceValue> stances, String href) {
    }

    /**
     * An organisation's members on a day and over time.
     *
     * @param on the date asked for ({@code ?on=}), or today
     * @param asked whether {@code on} came from the request
     */
    public record Members(Edtf on, boolean asked, List<String> members, List<Membership> history) {
    }

    public record PartyView(Party party, List<FormGroup> made, List<FormGroup> received, List<Allegation> by,
            List<Allegation> against, List<Membership> memberships, Optional<Members> members,
            List<InstrumentRow> instruments, List<Track> tracks, List<ConcernRow> raised, List<ConcernRow> addressed,
            List<Party> predecessors, List<PartyKey> keys) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        Map<String, long[]> tally = new HashMap<>();
        for (Commitment c : s.commitments.values()) {
            tally.computeIfAbsent(c.madeBy(), k -> new long[4])[0]++;
            c.madeTo().forEach(to -> tally.computeIfAbsent(to, k -> new long[4])[1]++);
        }
        for (Allegation a : s.allegations.values()) {
            tally.computeIfAbsent(a.accuser(), k -> new long[4])[2]++;
            tally.computeIfAbsent(a.accused(), k -> new long[4])[3]++;
        }
        List<PartyRow> rows = s.parties.values().stream().map(p -> {
            long[] t = tally.getOrDefault(p.id(), new long[4]);
            return new PartyRow(p, t[0], t[1], t[2], t[3]);
        }).toList();
        r.show("parties.jte", r.page().m("parties.title"), new ListView(rows));
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Party party = Optional.ofNullable(s.parties.get(id)).orElseThrow(() -> PageException.notFound(Kind.PARTY, id));
        List<Commitment> made = s.commitments.values().stream().filter(c -> c.madeBy().equals(id)).toList();
        List<Commitment> received = s.commitments.values().stream().filter(c -> c.madeTo().contains(id)).toList();
        List<Membership> memberships = s.memberships.stream().filter(m -> m.member().equals(id))
                .sorted(Comparator.comparing(Membership::period, Edtf.TIMELINE)).toList();
        List<Membership> history = s.memberships.stream().filter(m -> m.organisation().equals(id))
                .sorted(Comparator.comparing(Membership::period, Edtf.TIMELINE)
                        .thenComparing(m -> s.partyName(m.member())))
                .toList();
        Optional<Members> members = Optional.empty();
        if (!history.isEmpty() || party.kind() != Party.PartyKind.STATE) {
            Optional<Edtf> asked = r.date("on");
            Edtf on = asked.orElseGet(() -> Edtf.parse(s.today.toString()));
            members = Optional.of(new Members(on, asked.isPresent(), s.membersOn(id, on.earliestDay()), history));
        }
        List<InstrumentRow> instruments = s.instruments.values().stream().filter(i -> i.parties().contains(id))
                .map(i -> new InstrumentRow(i, s.statuses.get(i.id()))).toList();
        List<Track> tracks = s.tracks.values().stream().filter(t -> t.participants().contains(id)).toList();
        List<ConcernRow> raised = s.concerns.values().stream().filter(c -> c.raisedBy().equals(id))
                .map(c -> concernRow(s, c)).toList();
        List<ConcernRow> addressed = s.concerns.values().stream().filter(c -> c.addressedTo().contains(id))
                .map(c -> concernRow(s, c)).toList();
        List<Party> predecessors = s.parties.values().stream()
                .filter(p -> p.successor().filter(id::equals).isPresent()).toList();
        PartyView view = new PartyView(party, byForm(s, made), byForm(s, received),
                s.allegations.values().stream().filter(a -> a.accuser().equals(id)).toList(),
                s.allegations.values().stream().filter(a -> a.accused().equals(id)).toList(),
                memberships, members, instruments, tracks, raised, addressed, predecessors,
                s.keys.getOrDefault(id, List.of()));
        r.show("party.jte", party.name(), view);
    }

    private static ConcernRow concernRow(Snapshot s, Concern c) {
        return new ConcernRow(c, s.currentStances(c), s.href(Kind.CONCERN, c.id()));
    }

    static List<FormGroup> byForm(Snapshot s, List<Commitment> commitments) {
        List<FormGroup> out = new ArrayList<>();
        for (Form form : Form.values()) {
            out.add(new FormGroup(form, commitments.stream().filter(c -> c.form() == form)
                    .map(c -> new CommitmentRow(c, s.currentStatus(c))).toList()));
        }
        return out;
    }
}
