package org.pacta.core.instrument;

import static org.pacta.core.registry.Fields.optionalText;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** One immutable text of an instrument, proposed by a party: successive versions give redlines. */
public record Version(String instrument, int number, String proposedBy, Optional<Edtf> date,
        Optional<String> language, List<Provision> provisions, List<String> sources, Optional<String> note)
        implements Item {

    public Version {
        instrument = Fields.id("instrument", instrument);
        if (number < 1) {
            throw new PactaException.InvalidInput("number", "number must be 1 or more, was: " + number);
        }
        proposedBy = Fields.id("proposedBy", proposedBy);
        date = Fields.optional(date);
        language = optionalText("language", language);
        provisions = Fields.list(provisions);
        if (provisions.isEmpty()) {
            throw new PactaException.InvalidInput("provisions", "a version needs at least one provision");
        }
        Set<String> eids = new HashSet<>();
        for (int i = 0; i < provisions.size(); i++) {
            if (provisions.get(i) == null) {
                throw new PactaException.InvalidInput("provisions[" + i + "]", "provisions[" + i + "] is null");
            }
            if (!eids.add(provisions.get(i).eid())) {
                throw new PactaException.InvalidInput("provisions[" + i + "].eid", "eid \"" + provisions.get(i).eid()
                        + "\" appears twice in this version");
            }
        }
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    @JsonIgnore
    public String id() {
        return idOf(instrument, number);
    }

    public static String idOf(String instrument, int number) {
        return instrument + ".v" + number;
    }

    public Optional<Provision> provision(String eid) {
        return provisions.stream().filter(p -> p.eid().equals(eid)).findFirst();
    }

    @Override
    public Kind itemKind() {
        return Kind.VERSION;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of("Version " + number + " of " + instrument + ", proposed by " + proposedBy)
                .withParent(instrument).withDate(date).withParty("PROPOSED_BY", proposedBy);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("instrument", Kind.INSTRUMENT, instrument));
        refs.add(new Ref("proposedBy", Kind.PARTY, proposedBy));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }
}
