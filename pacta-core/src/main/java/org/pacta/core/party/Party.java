package org.pacta.core.party;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A state, alliance or organisation that makes, receives or negotiates promises. */
public record Party(String id, String name, Optional<String> shortName, PartyKind kind, Optional<String> wikidata,
        Optional<String> iso, List<String> sources, boolean verified, Optional<String> note) implements Item {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");

    public Party {
        id = Fields.idOrNew("id", id, "party");
        name = Fields.text("name", name);
        shortName = optionalText("shortName", shortName);
        Fields.required("kind", kind);
        wikidata = optionalText("wikidata", wikidata);
        wikidata.ifPresent(q -> {
            if (!QID.matcher(q).matches()) {
                throw new PactaException.InvalidInput("wikidata", "wikidata must be a Wikidata item id such as Q159, was: " + q);
            }
        });
        iso = optionalText("iso", iso);
        iso.ifPresent(code -> {
            if (!ISO.matcher(code).matches()) {
                throw new PactaException.InvalidInput("iso", "iso must be an ISO 3166-1 alpha-2 code such as RU, was: " + code);
            }
        });
        if (iso.isPresent() && kind != PartyKind.STATE) {
            throw new PactaException.InvalidInput("iso", "only a STATE has an ISO 3166 code");
        }
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    /** The name to show where space is short. */
    public String displayName() {
        return shortName.orElse(name);
    }

    @Override
    public Kind itemKind() {
        return Kind.PARTY;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(displayName()).withCategory(kind).withParty("SELF", id);
    }

    @Override
    public List<Ref> refs() {
        return new ArrayList<>(Fields.refs("sources", Kind.SOURCE, sources));
    }

    public enum PartyKind {
        STATE, ALLIANCE, ORGANISATION
    }
}
