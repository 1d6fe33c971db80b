package org.pacta.core.allegation;

import java.util.ArrayList;
import java.util.List;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A party's dated answer to an allegation. */
public record Response(String id, String allegation, String party, Edtf date, String text, List<String> sources)
        implements Item {

    public Response {
        id = Fields.idOrNew("id", id, "response");
        allegation = Fields.id("allegation", allegation);
        party = Fields.id("party", party);
        Fields.required("date", date);
        text = Fields.text("text", text);
        sources = Fields.ids("sources", sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.RESPONSE;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + " responds to allegation " + allegation).withParent(allegation).withDate(date)
                .withParty("RESPONDENT", party);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("allegation", Kind.ALLEGATION, allegation));
        refs.add(new Ref("party", Kind.PARTY, party));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }
}
