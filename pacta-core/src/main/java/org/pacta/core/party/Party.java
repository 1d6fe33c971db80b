package org.pacta.core.party;

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

/**
 * A state, alliance or organisation that makes, receives or negotiates promises. A party that
 * ceased to exist names the {@code successor} that carries its treaty rights and duties (the GDR's
 * passed to Germany on 1990-10-03), so that treaties it signed can still be followed.
 */
public record Party(String id, String name, Optional<String> shortName, PartyKind kind, Optional<String> wikidata,
        Optional<String> iso, Optional<Edtf> dissolved, Optional<String> successor, List<String> sources,
        boolean verified, Optional<String> note) implements Item {

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
        dissolved = Fields.optional(dissolved);
        successor = Fields.optionalId("successor", successor);
        if (successor.isPresent() && dissolved.isEmpty()) {
            throw new PactaException.InvalidInput("successor", "a successor is named only for a dissolved party");
        }
        if (successor.filter(id::equals).isPresent()) {
            throw new PactaException.InvalidInput("successor", "a party is not its own successor");
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
        List<Ref> refs = new ArrayList<>();
        successor.ifPresent(s -> refs.add(new Ref("successor", Kind.PARTY, s)));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum PartyKind {
        STATE, ALLIANCE, ORGANISATION
    }
}
