package org.pacta.core.event;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A dated timeline entry, optionally coded with CAMEO and PLOVER for event-data interoperability. */
public record Event(String id, Edtf date, String title, EventKind kind, List<String> parties, Optional<String> cameo,
        Optional<String> plover, Optional<String> text, List<String> sources, boolean verified,
        Optional<String> note) implements Item {

    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

    public Event {
        id = Fields.idOrNew("id", id, "event");
        Fields.required("date", date);
        title = Fields.text("title", title);
        kind = kind == null ? EventKind.OTHER : kind;
        parties = Fields.ids("parties", parties);
        cameo = optionalText("cameo", cameo);
        cameo.ifPresent(code -> {
            if (!CAMEO.matcher(code).matches()) {
                throw new PactaException.InvalidInput("cameo", "cameo must be a CAMEO code of 2 to 4 digits, was: " + code);
            }
        });
        plover = optionalText("plover", plover);
        text = optionalText("text", text);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.EVENT;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(title).withCategory(kind).withDate(date).withParties("PARTY", parties);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>(Fields.refs("parties", Kind.PARTY, parties));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum EventKind {
        WRITTEN_REPLY, MEETING, CALL, PUBLICATION, SPEECH, MILITARY, OTHER
    }
}
