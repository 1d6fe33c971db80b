package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;

/**
 * What the store indexes about an item: its owner, a category for filters (a form, a type, a
 * stance), its date, a one-line title for lists and the timeline, and the parties it concerns.
 */
public record ItemIndex(Optional<String> parent, Optional<String> category, Optional<Edtf> date, String title,
        List<PartyRole> parties) {

    public ItemIndex {
        requireNonNull(parent, "parent is null");
        requireNonNull(category, "category is null");
        requireNonNull(date, "date is null");
        requireNonNull(title, "title is null");
        parties = List.copyOf(parties);
    }

    public static ItemIndex of(String title) {
        return new ItemIndex(Optional.empty(), Optional.empty(), Optional.empty(), title, List.of());
    }

    public ItemIndex withParent(String value) {
        return new ItemIndex(Optional.of(value), category, date, title, parties);
    }

    public ItemIndex withCategory(Enum<?> value) {
        return new ItemIndex(parent, Optional.of(value.name()), date, title, parties);
    }

    public ItemIndex withDate(Optional<Edtf> value) {
        return new ItemIndex(parent, category, value, title, parties);
    }

    public ItemIndex withDate(Edtf value) {
        return withDate(Optional.of(value));
    }

    public ItemIndex withParty(String role, String party) {
        var all = new java.util.ArrayList<>(parties);
        PartyRole added = new PartyRole(role, party);
        if (!all.contains(added)) {
            all.add(added);
        }
        return new ItemIndex(parent, category, date, title, all);
    }

    public ItemIndex withParties(String role, List<String> ids) {
        ItemIndex out = this;
        for (String id : ids) {
            out = out.withParty(role, id);
        }
        return out;
    }

    /** A party an item concerns, and in which role. */
    public record PartyRole(String role, String party) {
        public PartyRole {
            requireNonNull(role, "role is null");
            requireNonNull(party, "party is null");
        }
    }
}
