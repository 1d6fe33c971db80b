package org.pacta.core;

import java.util.EnumMap;
import java.util.Map;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Membership;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/** The record type of each kind of item: how a stored body or a log payload becomes an item again. */
public final class ItemTypes {

    private static final Map<Kind, Class<? extends Item>> TYPES = new EnumMap<>(Kind.class);

    static {
        TYPES.put(Kind.SOURCE, Source.class);
        TYPES.put(Kind.PARTY, Party.class);
        TYPES.put(Kind.MEMBERSHIP, Membership.class);
        TYPES.put(Kind.INSTRUMENT, Instrument.class);
        TYPES.put(Kind.VERSION, Version.class);
        TYPES.put(Kind.ACTION, Action.class);
        TYPES.put(Kind.TRACK, Track.class);
        TYPES.put(Kind.SESSION, Session.class);
        TYPES.put(Kind.CONCERN, Concern.class);
        TYPES.put(Kind.STANCE, Stance.class);
        TYPES.put(Kind.COMMITMENT, Commitment.class);
        TYPES.put(Kind.STATUS, StatusChange.class);
        TYPES.put(Kind.STATEMENT, Statement.class);
        TYPES.put(Kind.ALLEGATION, Allegation.class);
        TYPES.put(Kind.RESPONSE, Response.class);
        TYPES.put(Kind.EVENT, Event.class);
        TYPES.put(Kind.POSITION, org.pacta.core.instrument.Position.class);
        TYPES.put(Kind.MESSAGE, org.pacta.core.negotiation.Message.class);
        TYPES.put(Kind.KEY, org.pacta.core.instrument.PartyKey.class);
        TYPES.put(Kind.SIGNATURE, org.pacta.core.instrument.PartySignature.class);
        for (Kind kind : Kind.values()) {
            if (!TYPES.containsKey(kind)) {
                throw new ExceptionInInitializerError("no record type for kind " + kind);
            }
        }
    }

    private ItemTypes() {
    }

    public static Class<? extends Item> of(Kind kind) {
        return TYPES.get(kind);
    }

    public static Item item(StoredItem stored) {
        return stored.as(of(stored.kind()));
    }
}
