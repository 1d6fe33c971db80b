package org.pacta.core.instrument;

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

/** A party's position on one provision of one version: accept, reject, reserve, or a counter-proposal with its text. */
public record Position(String id, String instrument, int version, String party, String eid, Stand position,
        Optional<String> text, Optional<Edtf> date, Optional<String> note, List<String> sources) implements Item {

    public Position {
        id = Fields.idOrNew("id", id, "position");
        instrument = Fields.id("instrument", instrument);
        if (version < 1) {
            throw new PactaException.InvalidInput("version", "version must be 1 or more, was: " + version);
        }
        party = Fields.id("party", party);
        eid = Fields.text("eid", eid);
        Fields.required("position", position);
        text = optionalText("text", text);
        if (position == Stand.COUNTER_PROPOSAL && text.isEmpty()) {
            throw new PactaException.InvalidInput("text", "a COUNTER_PROPOSAL carries the proposed text");
        }
        date = Fields.optional(date);
        note = optionalText("note", note);
        sources = Fields.ids("sources", sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.POSITION;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + " " + position.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " " + eid + " of " + instrument + " v" + version)
                .withParent(instrument).withCategory(position).withDate(date)
                .withParty("PARTY", party);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("instrument", Kind.INSTRUMENT, instrument));
        refs.add(new Ref("version", Kind.VERSION, Version.idOf(instrument, version)));
        refs.add(new Ref("party", Kind.PARTY, party));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum Stand {
        ACCEPT, REJECT, RESERVE, COUNTER_PROPOSAL
    }
}
