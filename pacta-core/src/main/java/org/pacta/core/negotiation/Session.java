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

/** A dated meeting of a track: where, at which level, about procedure or substance, with what outcome. */
public record Session(String id, String track, Optional<String> title, Edtf date, Optional<String> place,
        Optional<Level> level, SessionKind kind, Optional<String> outcome, List<String> sources, boolean verified,
        Optional<String> note) implements Item {

    public Session {
        id = Fields.idOrNew("id", id, "session");
        track = Fields.id("track", track);
        title = optionalText("title", title);
        Fields.required("date", date);
        place = optionalText("place", place);
        level = Fields.optional(level);
        Fields.required("kind", kind);
        outcome = optionalText("outcome", outcome);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.SESSION;
    }

    @Override
    public ItemIndex index() {
        String name = title.orElse("Session of " + track + place.map(p -> ", " + p).orElse(""));
        return ItemIndex.of(name).withParent(track).withCategory(kind).withDate(date);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("track", Kind.TRACK, track));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum Level {
        LEADERS, MINISTERS, DEPUTIES, AMBASSADORS, AIDES, EXPERTS
    }

    public enum SessionKind {
        PROCEDURAL, SUBSTANTIVE
    }
}
