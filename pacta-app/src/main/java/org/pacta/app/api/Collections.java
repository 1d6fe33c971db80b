package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pacta.core.Pacta;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Form;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/** The API's collections and their nested child lists, described as data. */
final class Collections {

    /** A category filter of a list, such as {@code ?form=ORAL}. */
    record Filter(String name, Class<? extends Enum<?>> values) {
    }

    /** A top-level collection: {@code /api/v1/<name>} and {@code /api/v1/<name>/{id}}. */
    record Collection(String name, Kind kind, String summary, Optional<Filter> filter,
            Function<StoredItem, JsonNode> view) {
        Collection {
            requireNonNull(name, "name is null");
        }
    }

    /** A list nested in a parent: {@code /api/v1/<parent>/{id}/<name>}, its items naming the parent in {@code parentField}. */
    record Child(Collection parent, String name, Kind kind, String parentField, String summary) {
    }

    static List<Collection> collections(Pacta pacta) {
        Function<StoredItem, JsonNode> plain = Views::of;
        return List.of(
                new Collection("parties", Kind.PARTY, "States, alliances and organisations",
                        Optional.of(new Filter("kind", Party.PartyKind.class)), s -> pacta.parties().view(s)),
                new Collection("memberships", Kind.MEMBERSHIP, "Memberships of organisations over time",
                        Optional.empty(), plain),
                new Collection("sources", Kind.SOURCE, "Documents that evidence facts",
                        Optional.of(new Filter("kind", Source.SourceKind.class)), plain),
                new Collection("instruments", Kind.INSTRUMENT, "Treaties, agreements and other texts, with derived status",
                        Optional.of(new Filter("form", Form.class)), s -> pacta.instruments().view(s)),
                new Collection("tracks", Kind.TRACK, "Negotiation platforms and their sessions",
                        Optional.of(new Filter("format", Track.TrackFormat.class)), s -> pacta.negotiation().trackView(s)),
                new Collection("concerns", Kind.CONCERN, "Concerns raised, and each addressed party's stance",
                        Optional.empty(), s -> pacta.negotiation().concernView(s)),
                new Collection("commitments", Kind.COMMITMENT, "Promises graded by form, with status history",
                        Optional.of(new Filter("form", Form.class)), s -> pacta.commitments().view(s)),
                new Collection("statements", Kind.STATEMENT, "Attributed utterances reported by sources",
                        Optional.of(new Filter("classification", Statement.Classification.class)), plain),
                new Collection("allegations", Kind.ALLEGATION, "Allegations of breach, with responses and findings",
                        Optional.of(new Filter("finding", Allegation.Finding.class)), s -> pacta.allegations().view(s)),
                new Collection("events", Kind.EVENT, "Dated events, optionally CAMEO/PLOVER coded",
                        Optional.of(new Filter("kind", Event.EventKind.class)), plain));
    }

    static List<Child> children(List<Collection> collections) {
        return List.of(
                new Child(find(collections, "instruments"), "actions", Kind.ACTION, "instrument",
                        "Dated acts of parties on the instrument (" + names(Action.ActionType.class) + ")"),
                new Child(find(collections, "tracks"), "sessions", Kind.SESSION, "track", "Sessions of the track"),
                new Child(find(collections, "tracks"), "messages", Kind.MESSAGE, "track",
                        "Typed messages on the track (propose, counter-propose, accept, reject, clarify, state a concern)"),
                new Child(find(collections, "concerns"), "stances", Kind.STANCE, "concern",
                        "Stance history (" + names(Stance.StanceValue.class) + ")"),
                new Child(find(collections, "commitments"), "status", Kind.STATUS, "commitment",
                        "Status history of the commitment"),
                new Child(find(collections, "allegations"), "responses", Kind.RESPONSE, "allegation",
                        "Responses to the allegation"),
                new Child(find(collections, "sources"), "statements", Kind.STATEMENT, "source",
                        "Statements the source reports"),
                new Child(find(collections, "parties"), "keys", Kind.KEY, "party",
                        "The party's public signing keys (C2SP Ed25519 vkeys named after the party)"));
    }

    static Collection find(List<Collection> collections, String name) {
        return collections.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no collection " + name));
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
