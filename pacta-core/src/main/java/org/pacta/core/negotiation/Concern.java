package org.pacta.core.negotiation;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** An issue a party raises with others, on a track, possibly tied to provisions of a draft. */
public record Concern(String id, Optional<String> track, String raisedBy, List<String> addressedTo, String title,
        Optional<String> text, Optional<Edtf> date, List<ProvisionRef> provisions, List<String> sources,
        boolean verified, Optional<String> note) implements Item {

    public Concern {
        id = Fields.idOrNew("id", id, "concern");
        track = Fields.optionalId("track", track);
        raisedBy = Fields.id("raisedBy", raisedBy);
        addressedTo = Fields.nonEmptyIds("addressedTo", addressedTo);
        if (addressedTo.contains(raisedBy)) {
            throw new PactaException.InvalidInput("addressedTo", "a party does not address a concern to itself");
        }
        title = Fields.text("title", title);
        text = optionalText("text", text);
        date = Fields.optional(date);
        provisions = Fields.list(provisions);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.CONCERN;
    }

    @Override
    public ItemIndex index() {
        ItemIndex index = ItemIndex.of(title).withDate(date).withParty("RAISED_BY", raisedBy)
                .withParties("ADDRESSED_TO", addressedTo);
        return track.map(index::withParent).orElse(index);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        track.ifPresent(t -> refs.add(new Ref("track", Kind.TRACK, t)));
        refs.add(new Ref("raisedBy", Kind.PARTY, raisedBy));
        refs.addAll(Fields.refs("addressedTo", Kind.PARTY, addressedTo));
        for (int i = 0; i < provisions.size(); i++) {
            refs.add(new Ref("provisions[" + i + "].instrument", Kind.INSTRUMENT, provisions.get(i).instrument()));
        }
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    /** A provision of an instrument, by its stable eid. */
    public record ProvisionRef(String instrument, String eid) {
        public ProvisionRef {
            instrument = Fields.id("instrument", instrument);
            eid = Fields.text("eid", eid);
        }
    }
}
