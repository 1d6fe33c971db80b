package org.pacta.core.commitment;

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

/** One dated, sourced entry in a commitment's status history. */
public record StatusChange(String id, String commitment, CommitmentStatus status, Edtf date, Optional<String> note,
        List<String> sources) implements Item {

    public StatusChange {
        id = Fields.idOrNew("id", id, "status");
        commitment = Fields.id("commitment", commitment);
        Fields.required("status", status);
        Fields.required("date", date);
        note = optionalText("note", note);
        sources = Fields.ids("sources", sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.STATUS;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of("Commitment " + commitment + " marked " + status).withParent(commitment)
                .withCategory(status).withDate(date);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("commitment", Kind.COMMITMENT, commitment));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum CommitmentStatus {
        ACTIVE, KEPT, BROKEN, DISPUTED, WITHDRAWN, SUPERSEDED, EXPIRED
    }
}
