package org.pacta.app.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.instrument.PartySignature;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Provision;
import org.pacta.core.instrument.Redline;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Track;
import org.pacta.core.registry.Kind;

/**
 * {@code /instruments}, {@code /instruments/{id}} (one version's articles, the versions, the actions,
 * the derived status) and {@code /instruments/{id}/diff} (the redline between two versions).
 */
public final class InstrumentPages {

    private InstrumentPages() {
    }

    public record Row(Instrument instrument, InstrumentStatus status, int versions, Optional<Version> first) {
    }

    public record ListView(List<Row> rows) {
    }

    /** An article of the version shown, with what refers to it. */
    public record Article(Provision provision, List<Concern> concerns, List<Commitment> commitments) {
    }

    /** One party's latest position on one article of the version shown, when it has taken one. */
    public record Cell(String party, Optional<Position> position) {
    }

    public record MatrixRow(Provision provision, List<Cell> cells) {
    }

    /** The parties' positions on each article of one version: parties across, articles down. */
    public record Matrix(List<String> parties, List<MatrixRow> rows, long recorded) {
    }

    /**
     * The signatures recorded on each version; a version is the agreed text once every party to the
     * instrument has signed it.
     */
    public record Signed(Version version, List<PartySignature> signatures, boolean agreed) {
    }

    public record InstrumentView(Instrument instrument, InstrumentStatus status, List<Version> versions, Version shown,
            List<Article> articles, List<Action> actions, List<Commitment> commitments, List<Allegation> allegations,
            List<Track> tracks, Matrix positions, List<Signed> signatures) {

        /** The version before the one shown, when there is one (for the default redline). */
        public Optional<Version> previous() {
            return shown.number() > 1 ? Optional.of(versions.get(shown.number() - 2)) : Optional.empty();
        }
    }

    public record DiffView(Instrument instrument, List<Version> versions, Version from, Version to, Redline redline) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        List<Row> rows = s.instruments.values().stream().map(i -> {
            List<Version> versions = s.versions.getOrDefault(i.id(), List.of());
            return new Row(i, s.statuses.get(i.id()), versions.size(), versions.stream().findFirst());
        }).sorted(Comparator.comparing((Row row) -> row.first().flatMap(Version::date)
                .map(Edtf::earliestDay).orElse(Long.MAX_VALUE))).toList();
        r.show("instruments.jte", r.page().m("instruments.title"), new ListView(rows));
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        Instrument instrument = instrument(r);
        List<Version> versions = versions(s, instrument);
        Version shown = r.param("version").map(n -> version(versions, "version", n))
                .orElse(versions.get(versions.size() - 1));
        List<Concern> concerns = s.concerns.values().stream()
                .filter(c -> c.provisions().stream().anyMatch(p -> p.instrument().equals(instrument.id()))).toList();
        List<Commitment> commitments = s.commitments.values().stream()
                .filter(c -> c.instrument().filter(instrument.id()::equals).isPresent()).toList();
        List<Article> articles = new ArrayList<>();
        for (Provision provision : shown.provisions()) {
            articles.add(new Article(provision,
                    concerns.stream().filter(c -> c.provisions().stream().anyMatch(p -> p.instrument()
                            .equals(instrument.id()) && p.eid().equals(provision.eid()))).toList(),
                    commitments.stream().filter(c -> c.provision().filter(provision.eid()::equals).isPresent())
                            .toList()));
        }
        List<Action> actions = s.actions.getOrDefault(instrument.id(), List.of()).stream()
                .sorted(Comparator.comparing(Action::date, Edtf.TIMELINE)).toList();
        List<Allegation> allegations = s.allegations.values().stream()
                .filter(a -> a.instrument().filter(instrument.id()::equals).isPresent()).toList();
        List<Track> tracks = s.tracks.values().stream().filter(t -> t.instruments().contains(instrument.id())).toList();
        r.show("instrument.jte", instrument.title(), new InstrumentView(instrument, s.statuses.get(instrument.id()),
                versions, shown, articles, actions, commitments, allegations, tracks, matrix(s, instrument, shown),
                signed(s, instrument, versions)));
    }

    /** Each party's latest position (by date, then as recorded) on each article of {@code version}. */
    static Matrix matrix(Snapshot s, Instrument instrument, Version version) {
        List<Position> positions = s.positions.getOrDefault(instrument.id(), List.of()).stream()
                .filter(p -> p.version() == version.number()).toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (Provision provision : version.provisions()) {
            List<Cell> cells = new ArrayList<>();
            for (String party : instrument.parties()) {
                Optional<Position> latest = Optional.empty();
                for (Position position : positions) {
                    boolean later = latest.isEmpty() || position.date().map(Edtf::earliestDay).orElse(Long.MIN_VALUE)
                            >= latest.get().date().map(Edtf::earliestDay).orElse(Long.MIN_VALUE);
                    if (position.party().equals(party) && position.eid().equals(provision.eid()) && later) {
                        latest = Optional.of(position);
                    }
                }
                cells.add(new Cell(party, latest));
            }
            rows.add(new MatrixRow(provision, cells));
        }
        return new Matrix(instrument.parties(), rows, positions.size());
    }

    private static List<Signed> signed(Snapshot s, Instrument instrument, List<Version> versions) {
        List<PartySignature> all = s.signatures.getOrDefault(instrument.id(), List.of());
        List<Signed> out = new ArrayList<>();
        for (Version version : versions) {
            List<PartySignature> signatures = all.stream().filter(x -> x.version() == version.number()).toList();
            if (!signatures.isEmpty()) {
                boolean agreed = signatures.stream().map(PartySignature::party).toList()
                        .containsAll(instrument.parties());
                out.add(new Signed(version, signatures, agreed));
            }
        }
        return out;
    }

    static void diff(PageRequest r) {
        Snapshot s = r.s();
        Instrument instrument = instrument(r);
        List<Version> versions = versions(s, instrument);
        Version to = r.param("to").map(n -> version(versions, "to", n)).orElse(versions.get(versions.size() - 1));
        Version from = r.param("from").map(n -> version(versions, "from", n))
                .orElse(versions.get(Math.max(0, to.number() - 2)));
        Redline redline = Redline.between(from, to);
        r.show("diff.jte", r.page().m("diff.title", instrument.title(), from.number(), to.number()),
                new DiffView(instrument, versions, from, to, redline));
    }

    private static Instrument instrument(PageRequest r) {
        String id = r.path("id");
        return Optional.ofNullable(r.s().instruments.get(id))
                .orElseThrow(() -> PageException.notFound(Kind.INSTRUMENT, id));
    }

    private static List<Version> versions(Snapshot s, Instrument instrument) {
        List<Version> versions = new ArrayList<>(s.versions.getOrDefault(instrument.id(), List.of()));
        versions.sort(Comparator.comparingInt(Version::number));
        if (versions.isEmpty()) {
            // The registry records an instrument with its first version; one without is a broken store.
            throw new IllegalStateException("instrument " + instrument.id() + " has no version");
        }
        return versions;
    }

    private static Version version(List<Version> versions, String parameter, String text) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new PageException(400, "error.badNumber", parameter, text);
        }
        if (number < 1 || number > versions.size()) {
            throw new PageException(404, "error.noVersion", number, versions.size());
        }
        return versions.get(number - 1);
    }

    /** For templates: the change counts of a redline, in display order. */
    public static Map<Redline.Change, Long> counts(Redline redline) {
        Map<Redline.Change, Long> out = new java.util.EnumMap<>(Redline.Change.class);
        for (Redline.Change change : Redline.Change.values()) {
            out.put(change, redline.count(change));
        }
        return out;
    }
}
