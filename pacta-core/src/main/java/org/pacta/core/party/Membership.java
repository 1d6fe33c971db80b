package org.pacta.core.party;

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
 * A party's membership of an organisation over a period ({@code 1999-03-12/..} while it lasts), so
 * that "NATO on 1997-05-27" and "NATO today" name different states.
 */
public record Membership(String id, String member, String organisation, Edtf period, List<String> sources,
        boolean verified, Optional<String> note) implements Item {

    public Membership {
        id = Fields.idOrNew("id", id, "membership");
        member = Fields.id("member", member);
        organisation = Fields.id("organisation", organisation);
        if (member.equals(organisation)) {
            throw new PactaException.InvalidInput("organisation", "a party cannot be a member of itself");
        }
        Fields.required("period", period);
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    /** Whether the membership covers the whole of the given day. */
    public boolean coversDay(long epochDay) {
        return period.earliestDay() <= epochDay && epochDay <= period.latestDay();
    }

    @Override
    public Kind itemKind() {
        return Kind.MEMBERSHIP;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(member + " in " + organisation).withParent(organisation).withDate(period)
                .withParty("MEMBER", member).withParty("ORGANISATION", organisation);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("member", Kind.PARTY, member));
        refs.add(new Ref("organisation", Kind.PARTY, organisation));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }
}
