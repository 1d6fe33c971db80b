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

/**
 * One immutable text of an instrument: successive versions give redlines. {@code proposedBy} names
 * the party that tabled it; it is absent for a text agreed jointly (a declaration adopted by
 * consensus), where naming one proposer would misstate the record.
 */
public record Version(String instrument, int number, Optional<String> proposedBy, Optional<Edtf> date,
        Optional<String> language, List<Provision> provisions, List<String> sources, Optional<String> note)
        implements Item {

    public Version {
        instrument = Fields.id("instrument", instrument);
        if (number < 1) {
            throw new PactaException.InvalidInput("number", "number must be 1 or more, was: " + number);
        }
        proposedBy = Fields.optionalId("proposedBy", proposedBy);
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
        ItemIndex index = ItemIndex.of("Version " + number + " of " + instrument
                + proposedBy.map(p -> ", proposed by " + p).orElse(", agreed text")).withParent(instrument).withDate(date);
        return proposedBy.map(p -> index.withParty("PROPOSED_BY", p)).orElse(index);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("instrument", Kind.INSTRUMENT, instrument));
        proposedBy.ifPresent(p -> refs.add(new Ref("proposedBy", Kind.PARTY, p)));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }
}
