package org.pacta.core.negotiation;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Version;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/**
 * A typed message on a track (or one of its sessions): the speech act says what it does — propose,
 * counter-propose, accept, reject, ask for clarification, state a concern.
 */
public record Message(String id, String track, Optional<String> session, String party, List<String> to,
        MessageType type, Optional<String> text, Edtf date, Optional<String> instrument, Optional<Integer> version,
        Optional<String> concern, List<String> sources) implements Item {

    public Message {
        id = Fields.idOrNew("id", id, "message");
        track = Fields.id("track", track);
        session = Fields.optionalId("session", session);
        party = Fields.id("party", party);
        to = Fields.ids("to", to);
        Fields.required("type", type);
        text = optionalText("text", text);
        Fields.required("date", date);
        instrument = Fields.optionalId("instrument", instrument);
        version = Fields.optional(version);
        if (version.isPresent() && instrument.isEmpty()) {
            throw new PactaException.InvalidInput("version", "a version needs its instrument");
        }
        concern = Fields.optionalId("concern", concern);
        if (type == MessageType.STATE_CONCERN && concern.isEmpty() && text.isEmpty()) {
            throw new PactaException.InvalidInput("concern", "a STATE_CONCERN message names the concern or states it in text");
        }
        sources = Fields.ids("sources", sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.MESSAGE;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + ": " + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + text.map(t -> " \u2014 " + (t.length() <= 80 ? t : t.substring(0, 77) + "...")).orElse(""))
                .withParent(track).withCategory(type).withDate(date).withParty("SENDER", party)
                .withParties("RECIPIENT", to);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("track", Kind.TRACK, track));
        session.ifPresent(s -> refs.add(new Ref("session", Kind.SESSION, s)));
        refs.add(new Ref("party", Kind.PARTY, party));
        refs.addAll(Fields.refs("to", Kind.PARTY, to));
        instrument.ifPresent(i -> refs.add(new Ref("instrument", Kind.INSTRUMENT, i)));
        version.ifPresent(n -> refs.add(new Ref("version", Kind.VERSION, Version.idOf(instrument.orElseThrow(), n))));
        concern.ifPresent(c -> refs.add(new Ref("concern", Kind.CONCERN, c)));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum MessageType {
        PROPOSE, COUNTER_PROPOSE, ACCEPT, REJECT, REQUEST_CLARIFICATION, STATE_CONCERN
    }
}
