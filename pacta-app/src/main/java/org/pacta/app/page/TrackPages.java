package org.pacta.app.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.date.Edtf;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Stance.StanceValue;
import org.pacta.core.negotiation.Track;
import org.pacta.core.registry.Kind;

/** {@code /tracks} and {@code /tracks/{id}}: the platforms, their sessions, and the concerns raised there. */
public final class TrackPages {

    private TrackPages() {
    }

    public record Row(Track track, List<Session> sessions, long concerns) {
    }

    public record ListView(List<Row> rows, List<ConcernView> untracked) {
    }

    /** A concern with each addressed party's current stance and the whole stance history, oldest first. */
    public record ConcernView(Concern concern, Map<String, StanceValue> current, List<Stance> history) {
    }

    public record TrackView(Track track, List<Session> sessions, List<ConcernView> concerns, List<Message> messages) {
    }

    static void list(PageRequest r) {
        Snapshot s = r.s();
        List<Row> rows = s.tracks.values().stream().map(t -> new Row(t, s.sessions.getOrDefault(t.id(), List.of()),
                s.concerns.values().stream().filter(c -> c.track().filter(t.id()::equals).isPresent()).count()))
                .toList();
        List<ConcernView> untracked = s.concerns.values().stream().filter(c -> c.track().isEmpty())
                .map(c -> concern(s, c)).toList();
        r.show("tracks.jte", r.page().m("tracks.title"), new ListView(rows, untracked));
    }

    static void one(PageRequest r) {
        Snapshot s = r.s();
        String id = r.path("id");
        Track track = Optional.ofNullable(s.tracks.get(id)).orElseThrow(() -> PageException.notFound(Kind.TRACK, id));
        List<ConcernView> concerns = s.concerns.values().stream().filter(c -> c.track().filter(id::equals).isPresent())
                .map(c -> concern(s, c)).toList();
        r.show("track.jte", track.name(), new TrackView(track, s.sessions.getOrDefault(id, List.of()), concerns,
                s.messages.getOrDefault(id, List.of())));
    }

    static ConcernView concern(Snapshot s, Concern c) {
        List<Stance> history = s.stances.getOrDefault(c.id(), List.of()).stream()
                .sorted(Comparator.comparing(Stance::date, Edtf.TIMELINE)).toList();
        return new ConcernView(c, s.currentStances(c), history);
    }
}
