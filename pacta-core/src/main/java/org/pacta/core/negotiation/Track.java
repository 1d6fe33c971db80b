package org.pacta.core.negotiation;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A negotiation platform: where, in which format, between whom, on which texts, at which stage. */
public record Track(String id, String name, Optional<String> venue, TrackFormat format, List<String> participants,
        List<String> instruments, Optional<Integer> order, List<String> sources, boolean verified,
        Optional<String> note) implements Item {

    public Track {
        id = Fields.idOrNew("id", id, "track");
        name = Fields.text("name", name);
        venue = optionalText("venue", venue);
        Fields.required("format", format);
        participants = Fields.nonEmptyIds("participants", participants);
        if (format == TrackFormat.BILATERAL && participants.size() != 2) {
            throw new PactaException.InvalidInput("participants", "a BILATERAL track has exactly two participants, not "
                    + participants.size());
        }
        instruments = Fields.ids("instruments", instruments);
        order = Fields.optional(order);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.TRACK;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(name).withCategory(format).withParties("PARTICIPANT", participants);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>(Fields.refs("participants", Kind.PARTY, participants));
        refs.addAll(Fields.refs("instruments", Kind.INSTRUMENT, instruments));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum TrackFormat {
        BILATERAL, MULTILATERAL
    }
}
