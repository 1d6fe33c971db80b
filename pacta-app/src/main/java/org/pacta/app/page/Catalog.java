package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pacta.core.ItemTypes;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.instrument.PartySignature;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Membership;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/**
 * Keeps the {@link Snapshot} the pages read. Each request asks the registry for its log size (one
 * cheap query); the snapshot is rebuilt, with one query per kind, only when the log has grown or the
 * day has changed (derived statuses depend on today). The log is append-only, so an unchanged size
 * means unchanged content. Thread-safe: readers share the current snapshot, one thread rebuilds.
 */
final class Catalog {

    private final Registry registry;
    private final Clock clock;
    private volatile Snapshot current;

    /** Reads the registry once now, so the first visitor does not pay for it. */
    Catalog(Registry registry, Clock clock) {
        this.registry = requireNonNull(registry, "registry is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.current = new Snapshot(load(registry, registry.size(), LocalDate.now(clock)));
    }

    Snapshot current() {
        long size = registry.size();
        LocalDate today = LocalDate.now(clock);
        Snapshot snapshot = current;
        if (snapshot.logSize == size && snapshot.today.equals(today)) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current;
            if (snapshot.logSize != size || !snapshot.today.equals(today)) {
                snapshot = new Snapshot(load(registry, size, today));
                current = snapshot;
            }
            return snapshot;
        }
    }

    /** Every item of every kind, read once. */
    private static Loaded load(Registry registry, long size, LocalDate today) {
        List<Snapshot.Entry> entries = new ArrayList<>();
        Loaded loaded = new Loaded(size, today,
                read(registry, Kind.PARTY, Party.class, entries),
                read(registry, Kind.MEMBERSHIP, Membership.class, entries),
                read(registry, Kind.INSTRUMENT, Instrument.class, entries),
                read(registry, Kind.VERSION, Version.class, entries),
                read(registry, Kind.ACTION, Action.class, entries),
                read(registry, Kind.TRACK, Track.class, entries),
                read(registry, Kind.SESSION, Session.class, entries),
                read(registry, Kind.CONCERN, Concern.class, entries),
                read(registry, Kind.STANCE, Stance.class, entries),
                read(registry, Kind.COMMITMENT, Commitment.class, entries),
                read(registry, Kind.STATUS, StatusChange.class, entries),
                read(registry, Kind.STATEMENT, Statement.class, entries),
                read(registry, Kind.ALLEGATION, Allegation.class, entries),
                read(registry, Kind.RESPONSE, Response.class, entries),
                read(registry, Kind.EVENT, Event.class, entries),
                read(registry, Kind.SOURCE, Source.class, entries),
                read(registry, Kind.POSITION, Position.class, entries),
                read(registry, Kind.MESSAGE, Message.class, entries),
                read(registry, Kind.KEY, PartyKey.class, entries),
                read(registry, Kind.SIGNATURE, PartySignature.class, entries), entries);
        return loaded;
    }

    private static <T extends Item> List<T> read(Registry registry, Kind kind, Class<T> type,
            List<Snapshot.Entry> entries) {
        if (ItemTypes.of(kind) != type) {
            throw new IllegalStateException("kind " + kind + " is stored as " + ItemTypes.of(kind) + ", not " + type);
        }
        List<T> out = new ArrayList<>();
        for (StoredItem stored : registry.all(kind)) {
            T item = stored.as(type);
            out.add(item);
            ItemIndex index = item.index();
            entries.add(new Snapshot.Entry(kind, item.id(), index.title(), index.date(), index.parent(),
                    index.category(), stored.logIndex(), Search.sourcesOf(item), Search.fold(Search.text(item)),
                    item));
        }
        return out;
    }

    /** What one load read, before grouping. */
    record Loaded(long logSize, LocalDate today, List<Party> parties, List<Membership> memberships,
            List<Instrument> instruments, List<Version> versions, List<Action> actions, List<Track> tracks,
            List<Session> sessions, List<Concern> concerns, List<Stance> stances, List<Commitment> commitments,
            List<StatusChange> statusChanges, List<Statement> statements, List<Allegation> allegations,
            List<Response> responses, List<Event> events, List<Source> sources, List<Position> positions,
            List<Message> messages, List<PartyKey> keys, List<PartySignature> signatures,
            List<Snapshot.Entry> entries) {
    }
}
