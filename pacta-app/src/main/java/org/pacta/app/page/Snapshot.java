package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.commitment.StatusChange.CommitmentStatus;
import org.pacta.core.date.Edtf;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.instrument.PartySignature;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Stance.StanceValue;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Membership;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Kind;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/**
 * The whole registry as the pages read it, at one log size: every item once, grouped the ways the
 * pages need (children by parent, items by source cited), with the derived values (instrument
 * status, current stances, current commitment status) computed the way the core services compute
 * them. Immutable once built; built by {@link Catalog}.
 */
public final class Snapshot {

    final long logSize;
    final LocalDate today;
    final Map<String, Party> parties;
    final List<Membership> memberships;
    final Map<String, Instrument> instruments;
    final Map<String, List<Version>> versions;
    final Map<String, List<Action>> actions;
    final Map<String, InstrumentStatus> statuses;
    final Map<String, Track> tracks;
    final Map<String, List<Session>> sessions;
    final Map<String, Session> sessionsById;
    final Map<String, Concern> concerns;
    final Map<String, List<Stance>> stances;
    final Map<String, Commitment> commitments;
    final Map<String, List<StatusChange>> statusChanges;
    final Map<String, Statement> statements;
    final Map<String, List<Statement>> statementsBySource;
    final Map<String, Allegation> allegations;
    final Map<String, List<Response>> responses;
    final Map<String, Event> events;
    final Map<String, Source> sources;
    final Map<String, List<Position>> positions;
    final Map<String, List<Message>> messages;
    final Map<String, List<PartyKey>> keys;
    final Map<String, List<PartySignature>> signatures;
    final List<Entry> entries;
    final Map<String, List<Entry>> citing;
    private final Map<Kind, Map<String, Entry>> byKind;

    Snapshot(Catalog.Loaded loaded) {
        this.logSize = loaded.logSize();
        this.today = loaded.today();
        this.parties = sorted(loaded.parties(), Comparator.comparing(p -> p.displayName().toLowerCase()), Party::id);
        this.memberships = List.copyOf(loaded.memberships());
        this.instruments = sorted(loaded.instruments(), Comparator.comparing(Instrument::title), Instrument::id);
        this.versions = group(loaded.versions(), Version::instrument);
        this.actions = group(loaded.actions(), Action::instrument);
        Map<String, String> successors = new HashMap<>();
        loaded.parties().forEach(p -> p.successor().ifPresent(s -> successors.put(p.id(), s)));
        Map<String, InstrumentStatus> derived = new LinkedHashMap<>();
        for (Instrument instrument : instruments.values()) {
            derived.put(instrument.id(), InstrumentStatus.derive(instrument,
                    actions.getOrDefault(instrument.id(), List.of()), today, successors));
        }
        this.statuses = derived;
        this.tracks = sorted(loaded.tracks(), Comparator.comparing((Track t) -> t.order().orElse(Integer.MAX_VALUE))
                .thenComparing(Track::name), Track::id);
        List<Session> byDate = new ArrayList<>(loaded.sessions());
        byDate.sort(Comparator.comparing(Session::date, Edtf.TIMELINE));
        this.sessions = group(byDate, Session::track);
        this.sessionsById = index(byDate, Session::id);
        this.concerns = sorted(loaded.concerns(), Comparator.comparing((Concern c) -> c.date()
                .map(Edtf::earliestDay).orElse(Long.MAX_VALUE)), Concern::id);
        this.stances = group(loaded.stances(), Stance::concern);
        this.commitments = sorted(loaded.commitments(), Comparator.comparing(Commitment::date,
                Edtf.TIMELINE), Commitment::id);
        this.statusChanges = group(loaded.statusChanges(), StatusChange::commitment);
        this.statements = index(loaded.statements(), Statement::id);
        this.statementsBySource = group(loaded.statements(), Statement::source);
        this.allegations = sorted(loaded.allegations(), Comparator.comparing(Allegation::date,
                Edtf.TIMELINE), Allegation::id);
        this.responses = group(loaded.responses(), Response::allegation);
        this.events = sorted(loaded.events(), Comparator.comparing(Event::date, Edtf.TIMELINE),
                Event::id);
        this.sources = sorted(loaded.sources(), Comparator.comparing(Source::title), Source::id);
        this.positions = group(loaded.positions(), Position::instrument);
        List<Message> messagesByDate = new ArrayList<>(loaded.messages());
        messagesByDate.sort(Comparator.comparing(Message::date, Edtf.TIMELINE));
        this.messages = group(messagesByDate, Message::track);
        this.keys = group(loaded.keys(), PartyKey::party);
        this.signatures = group(loaded.signatures(), PartySignature::instrument);
        this.entries = List.copyOf(loaded.entries());
        Map<Kind, Map<String, Entry>> kinds = new HashMap<>();
        Map<String, List<Entry>> cites = new HashMap<>();
        for (Entry entry : entries) {
            kinds.computeIfAbsent(entry.kind(), k -> new HashMap<>()).put(entry.id(), entry);
            for (String source : entry.sources()) {
                cites.computeIfAbsent(source, s -> new ArrayList<>()).add(entry);
            }
        }
        this.byKind = kinds;
        this.citing = cites;
    }

    private static <T> Map<String, T> sorted(List<T> items, Comparator<T> order,
            Function<T, String> id) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return index(copy, id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(item -> out.put(id.apply(item), item));
        return Collections.unmodifiableMap(out);
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> out = new HashMap<>();
        items.forEach(item -> out.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return out;
    }

    public long logSize() {
        return logSize;
    }

    public LocalDate today() {
        return today;
    }

    /** The registry's header of an item: kind, title, date, log index, the sources it cites. */
    public Optional<Entry> entry(Kind kind, String id) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(id));
    }

    public long count(Kind kind) {
        return byKind.getOrDefault(kind, Map.of()).size();
    }

    public String partyName(String id) {
        Party party = parties.get(id);
        return party == null ? id : party.displayName();
    }

    public String instrumentTitle(String id) {
        Instrument instrument = instruments.get(id);
        return instrument == null ? id : instrument.title();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The latest stance of each addressed party (UNSTATED until one is recorded), as the API derives it. */
    public Map<String, StanceValue> currentStances(Concern concern) {
        Map<String, StanceValue> current = new LinkedHashMap<>();
        concern.addressedTo().forEach(p -> current.put(p, StanceValue.UNSTATED));
        stances.getOrDefault(concern.id(), List.of()).stream()
                .sorted(Comparator.comparingLong((Stance s) -> s.date().earliestDay()))
                .forEach(s -> current.put(s.party(), s.stance()));
        return current;
    }

    /** Whether some addressed party has refused the concern or not answered it. */
    public boolean isOpen(Concern concern) {
        return currentStances(concern).values().stream()
                .anyMatch(v -> v == StanceValue.WONT_DISCUSS || v == StanceValue.UNSTATED);
    }

    /** The latest recorded status of a commitment (ACTIVE until one is recorded), as the API derives it. */
    public CommitmentStatus currentStatus(Commitment commitment) {
        return statusChanges.getOrDefault(commitment.id(), List.of()).stream()
                .max(Comparator.comparingLong((StatusChange s) -> s.date().earliestDay()))
                .map(StatusChange::status).orElse(CommitmentStatus.ACTIVE);
    }

    /** Members of an organisation on a day, sorted by name. */
    public List<String> membersOn(String organisation, long epochDay) {
        return memberships.stream().filter(m -> m.organisation().equals(organisation) && m.coversDay(epochDay))
                .map(Membership::member).distinct()
                .sorted(Comparator.comparing(id -> partyName(id).toLowerCase())).toList();
    }

    /** Allegations that name the commitment as breached. */
    public List<Allegation> allegationsAbout(String commitmentId) {
        return allegations.values().stream().filter(a -> a.commitment().filter(commitmentId::equals).isPresent())
                .toList();
    }

    /** Where a page shows the item: its own page, or the anchor of its row on its parent's page. */
    public String href(Kind kind, String id) {
        String path = PactaPaths.of(this, kind, id);
        requireNonNull(path, "path is null");
        return path;
    }

    /**
     * One item as the registry indexes it, for lists that mix kinds (latest changes, search, the
     * timeline, "cited by").
     *
     * @param search the item's titles, names and texts, folded for matching (see {@link Search#fold})
     * @param item the item itself
     */
    public record Entry(Kind kind, String id, String title, Optional<Edtf> date,
            Optional<String> parent, Optional<String> category, long logIndex, List<String> sources, String search,
            Item item) {
        public Entry {
            requireNonNull(kind, "kind is null");
            requireNonNull(id, "id is null");
            requireNonNull(title, "title is null");
            requireNonNull(date, "date is null");
            requireNonNull(parent, "parent is null");
            requireNonNull(category, "category is null");
            sources = List.copyOf(sources);
            requireNonNull(search, "search is null");
            requireNonNull(item, "item is null");
        }
    }
}
