package org.pacta.core.negotiation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.PactaException;
import org.pacta.core.instrument.Version;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Lookup;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;

/** Tracks, their sessions, the concerns raised on them and each party's stance. */
public final class NegotiationService {

    private final Registry registry;

    public NegotiationService(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        registry.rule(Kind.CONCERN, (item, lookup) -> {
            Concern concern = (Concern) item;
            for (int i = 0; i < concern.provisions().size(); i++) {
                Concern.ProvisionRef ref = concern.provisions().get(i);
                requireProvision(lookup, ref.instrument(), ref.eid(), "provisions[" + i + "].eid");
            }
        });
        registry.rule(Kind.MESSAGE, (item, lookup) -> {
            Message message = (Message) item;
            Track track = lookup.find(Kind.TRACK, message.track(), Track.class).orElseThrow();
            if (!track.participants().contains(message.party())) {
                throw new PactaException.InvalidInput("party", "party: " + message.party()
                        + " does not take part in track " + track.id());
            }
            message.session().ifPresent(id -> {
                Session session = lookup.find(Kind.SESSION, id, Session.class).orElseThrow();
                if (!session.track().equals(track.id())) {
                    throw new PactaException.InvalidInput("session", "session: " + id + " belongs to track "
                            + session.track() + ", not " + track.id());
                }
            });
        });
        registry.rule(Kind.STANCE, (item, lookup) -> {
            Stance stance = (Stance) item;
            Concern concern = lookup.find(Kind.CONCERN, stance.concern(), Concern.class).orElseThrow();
            if (!concern.addressedTo().contains(stance.party())) {
                throw new PactaException.InvalidInput("party", "party: " + stance.party()
                        + " is not addressed by concern " + concern.id() + " (addressed to "
                        + String.join(", ", concern.addressedTo()) + ")");
            }
        });
    }

    /** Fails unless some version of {@code instrument} has a provision {@code eid}. */
    public static void requireProvision(Lookup lookup, String instrument, String eid, String field) {
        boolean found = lookup.children(Kind.VERSION, instrument).stream()
                .anyMatch(v -> v.as(Version.class).provision(eid).isPresent());
        if (!found) {
            throw new PactaException.InvalidInput(field, field + ": no version of " + instrument
                    + " has a provision \"" + eid + "\"");
        }
    }

    public ObjectNode trackView(StoredItem stored) {
        ObjectNode node = Views.of(stored);
        List<StoredItem> sessions = registry.children(Kind.SESSION, stored.id());
        sessions = sessions.stream().sorted(java.util.Comparator.comparingLong(
                (StoredItem s) -> s.as(Session.class).date().earliestDay())).toList();
        node.set("sessions", Views.array(sessions));
        Views.touch(node, sessions);
        return node;
    }

    /**
     * The seed's question for one track: of the concerns {@code raisedBy} raised there and addressed
     * to {@code answeredBy}, which it will discuss, which not, which it has not answered — and which
     * concerns {@code answeredBy} has stated itself.
     */
    public ObjectNode concernsBetween(String trackId, String raisedBy, String answeredBy) {
        registry.get(Kind.TRACK, trackId);
        ObjectNode node = org.pacta.core.json.Json.mapper().createObjectNode();
        node.put("track", trackId).put("raisedBy", raisedBy).put("answeredBy", answeredBy);
        var will = node.putArray("willDiscuss");
        var wont = node.putArray("wontDiscuss");
        var unstated = node.putArray("unstated");
        var stated = node.putArray("statedByAnswerer");
        for (StoredItem stored : registry.children(Kind.CONCERN, trackId)) {
            Concern concern = stored.as(Concern.class);
            if (concern.raisedBy().equals(answeredBy)) {
                stated.add(concernView(stored));
            }
            if (!concern.raisedBy().equals(raisedBy) || !concern.addressedTo().contains(answeredBy)) {
                continue;
            }
            ObjectNode view = concernView(stored);
            switch (Stance.StanceValue.valueOf(view.get("currentStances").get(answeredBy).asText())) {
                case WILL_DISCUSS -> will.add(view);
                case WONT_DISCUSS -> wont.add(view);
                case UNSTATED -> unstated.add(view);
            }
        }
        return node;
    }

    /** The API view of a concern: its stance history, and each addressed party's latest stance. */
    public ObjectNode concernView(StoredItem stored) {
        Concern concern = stored.as(Concern.class);
        ObjectNode node = Views.of(stored);
        List<StoredItem> stances = registry.children(Kind.STANCE, stored.id());
        node.set("stances", Views.array(stances));
        Map<String, String> current = new LinkedHashMap<>();
        concern.addressedTo().forEach(p -> current.put(p, Stance.StanceValue.UNSTATED.name()));
        stances.stream().map(s -> s.as(Stance.class))
                .sorted(java.util.Comparator.comparingLong((Stance s) -> s.date().earliestDay()))
                .forEach(s -> current.put(s.party(), s.stance().name()));
        ObjectNode currentNode = node.putObject("currentStances");
        current.forEach(currentNode::put);
        Views.touch(node, stances);
        return node;
    }
}
