package org.pacta.core.commitment;

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

/**
 * A promise by one party to others, graded by {@link Form}. A written promise points at the
 * instrument (and provision) that holds it; an oral one may point at the reported statement that
 * evidences it. Its fate is a dated {@link StatusChange} history.
 */
public record Commitment(String id, Form form, String madeBy, List<String> madeTo, Edtf date, String text,
        Optional<String> instrument, Optional<String> provision, Optional<String> statement, List<String> sources,
        boolean verified, Optional<String> note) implements Item {

    public Commitment {
        id = Fields.idOrNew("id", id, "commitment");
        Fields.required("form", form);
        madeBy = Fields.id("madeBy", madeBy);
        madeTo = Fields.nonEmptyIds("madeTo", madeTo);
        if (madeTo.contains(madeBy)) {
            throw new PactaException.InvalidInput("madeTo", "a party does not make a commitment to itself");
        }
        Fields.required("date", date);
        text = Fields.text("text", text);
        instrument = Fields.optionalId("instrument", instrument);
        provision = optionalText("provision", provision);
        if (provision.isPresent() && instrument.isEmpty()) {
            throw new PactaException.InvalidInput("provision", "a provision needs its instrument");
        }
        statement = Fields.optionalId("statement", statement);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.COMMITMENT;
    }

    @Override
    public ItemIndex index() {
        String title = text.length() <= 120 ? text : text.substring(0, 117) + "...";
        return ItemIndex.of(title).withCategory(form).withDate(date).withParty("MADE_BY", madeBy)
                .withParties("MADE_TO", madeTo);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("madeBy", Kind.PARTY, madeBy));
        refs.addAll(Fields.refs("madeTo", Kind.PARTY, madeTo));
        instrument.ifPresent(i -> refs.add(new Ref("instrument", Kind.INSTRUMENT, i)));
        statement.ifPresent(s -> refs.add(new Ref("statement", Kind.STATEMENT, s)));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }
}
