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

/** A party's dated act on an instrument (proposing, signing, ratifying, withdrawing...), with its evidence. */
public record Action(String id, String instrument, String party, ActionType type, Edtf date,
        Optional<Integer> version, List<String> sources, boolean verified, Optional<String> note) implements Item {

    public Action {
        id = Fields.idOrNew("id", id, "action");
        instrument = Fields.id("instrument", instrument);
        party = Fields.id("party", party);
        Fields.required("type", type);
        Fields.required("date", date);
        version = Fields.optional(version);
        version.ifPresent(n -> {
            if (n < 1) {
                throw new PactaException.InvalidInput("version", "version must be 1 or more, was: " + n);
            }
        });
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.ACTION;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + " " + type.verb() + " " + instrument).withParent(instrument).withCategory(type)
                .withDate(date).withParty("ACTOR", party);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("instrument", Kind.INSTRUMENT, instrument));
        refs.add(new Ref("party", Kind.PARTY, party));
        version.ifPresent(n -> refs.add(new Ref("version", Kind.VERSION, Version.idOf(instrument, n))));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum ActionType {
        PROPOSE("proposes"), INITIAL("initials"), SIGN("signs"), RATIFY("ratifies"), ACCEDE("accedes to"),
        SUSPEND("suspends"), WITHDRAW("withdraws from"), DENOUNCE("denounces"), REJECT("rejects");

        private final String verb;

        ActionType(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }
}
