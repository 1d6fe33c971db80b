package org.pacta.core.negotiation;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A party's dated answer to a concern: will it discuss it or not. Later stances supersede earlier ones. */
public record Stance(String id, String concern, String party, StanceValue stance, Edtf date, Optional<String> note,
        List<String> sources, boolean verified) implements Item {

    public Stance {
        id = Fields.idOrNew("id", id, "stance");
        concern = Fields.id("concern", concern);
        party = Fields.id("party", party);
        Fields.required("stance", stance);
        Fields.required("date", date);
        note = optionalText("note", note);
        sources = Fields.ids("sources", sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.STANCE;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + " " + stance.phrase() + " " + concern).withParent(concern).withCategory(stance)
                .withDate(date).withParty("PARTY", party);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("concern", Kind.CONCERN, concern));
        refs.add(new Ref("party", Kind.PARTY, party));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum StanceValue {
        WILL_DISCUSS("will discuss"), WONT_DISCUSS("will not discuss"), UNSTATED("has not stated a stance on");

        private final String phrase;

        StanceValue(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }
}
