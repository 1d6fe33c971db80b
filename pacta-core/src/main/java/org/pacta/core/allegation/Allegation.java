package org.pacta.core.allegation;

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
 * One party's accusation that another breached a commitment or a provision over a period, with
 * its evidence, the responses it drew and the finding, if any.
 */
public record Allegation(String id, String accuser, String accused, Optional<String> commitment,
        Optional<String> instrument, Optional<String> provision, Optional<Edtf> period, Edtf date, String text,
        Finding finding, Optional<String> counterTo, Optional<String> statement, List<String> sources, boolean verified,
        Optional<String> note) implements Item {

    public Allegation {
        id = Fields.idOrNew("id", id, "allegation");
        accuser = Fields.id("accuser", accuser);
        accused = Fields.id("accused", accused);
        if (accuser.equals(accused)) {
            throw new PactaException.InvalidInput("accused", "a party does not accuse itself");
        }
        commitment = Fields.optionalId("commitment", commitment);
        instrument = Fields.optionalId("instrument", instrument);
        provision = optionalText("provision", provision);
        if (commitment.isEmpty() && instrument.isEmpty()) {
            throw new PactaException.InvalidInput("commitment", "an allegation names the commitment or the instrument breached");
        }
        if (provision.isPresent() && instrument.isEmpty()) {
            throw new PactaException.InvalidInput("provision", "a provision needs its instrument");
        }
        period = Fields.optional(period);
        Fields.required("date", date);
        text = Fields.text("text", text);
        finding = finding == null ? Finding.UNRESOLVED : finding;
        counterTo = Fields.optionalId("counterTo", counterTo);
        statement = Fields.optionalId("statement", statement);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.ALLEGATION;
    }

    @Override
    public ItemIndex index() {
        String title = text.length() <= 120 ? text : text.substring(0, 117) + "...";
        return ItemIndex.of(title).withCategory(finding).withDate(date).withParty("ACCUSER", accuser)
                .withParty("ACCUSED", accused);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("accuser", Kind.PARTY, accuser));
        refs.add(new Ref("accused", Kind.PARTY, accused));
        commitment.ifPresent(c -> refs.add(new Ref("commitment", Kind.COMMITMENT, c)));
        instrument.ifPresent(i -> refs.add(new Ref("instrument", Kind.INSTRUMENT, i)));
        counterTo.ifPresent(a -> refs.add(new Ref("counterTo", Kind.ALLEGATION, a)));
        statement.ifPresent(s -> refs.add(new Ref("statement", Kind.STATEMENT, s)));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum Finding {
        UNRESOLVED, SUBSTANTIATED, NOT_SUBSTANTIATED, DISPUTED
    }
}
