package org.pacta.core.statement;

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

/** An attributed utterance reported by a source: who said what, with which reporting verb, when. */
public record Statement(String id, String source, Optional<String> speaker, Optional<String> party, String quote,
        Optional<String> verb, Optional<Edtf> date, Optional<String> language, Classification classification,
        Optional<Integer> start, Optional<Integer> end, boolean verified, Optional<String> note) implements Item {

    public Statement {
        id = Fields.idOrNew("id", id, "statement");
        source = Fields.id("source", source);
        speaker = optionalText("speaker", speaker);
        party = Fields.optionalId("party", party);
        quote = Fields.text("quote", quote);
        verb = optionalText("verb", verb);
        date = Fields.optional(date);
        language = optionalText("language", language);
        classification = classification == null ? Classification.OTHER : classification;
        start = Fields.optional(start);
        end = Fields.optional(end);
        if (start.isPresent() != end.isPresent()) {
            throw new PactaException.InvalidInput(start.isPresent() ? "end" : "start", "start and end come together");
        }
        if (start.isPresent() && (start.get() < 0 || end.get() < start.get())) {
            throw new PactaException.InvalidInput("end", "end must be at or after start, and start at least 0");
        }
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.STATEMENT;
    }

    @Override
    public ItemIndex index() {
        String title = speaker.map(s -> s + ": ").orElse("") + "\u201c" + (quote.length() <= 100 ? quote
                : quote.substring(0, 97) + "...") + "\u201d";
        ItemIndex index = ItemIndex.of(title).withParent(source).withCategory(classification).withDate(date);
        return party.map(p -> index.withParty("SPEAKER", p)).orElse(index);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("source", Kind.SOURCE, source));
        party.ifPresent(p -> refs.add(new Ref("party", Kind.PARTY, p)));
        return refs;
    }

    public enum Classification {
        COMMITMENT, DEMAND, READINESS, REFUSAL, ACCUSATION, OTHER
    }
}
