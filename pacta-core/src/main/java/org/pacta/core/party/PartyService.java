package org.pacta.core.party;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pacta.core.PactaException;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;

/** Parties and their memberships over time. */
public final class PartyService {

    private final Registry registry;

    public PartyService(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        registry.rule(Kind.MEMBERSHIP, (item, lookup) -> {
            Membership membership = (Membership) item;
            Party organisation = lookup.find(Kind.PARTY, membership.organisation(), Party.class).orElseThrow();
            if (organisation.kind() == Party.PartyKind.STATE) {
                throw new PactaException.InvalidInput("organisation", "organisation: " + organisation.id()
                        + " is a state, not an alliance or organisation");
            }
        });
    }

    /** Members of {@code organisation} on the given day. */
    public List<String> membersOn(String organisation, long epochDay) {
        return registry.children(Kind.MEMBERSHIP, organisation).stream().map(s -> s.as(Membership.class))
                .filter(m -> m.coversDay(epochDay)).map(Membership::member).distinct().sorted().toList();
    }

    /** The API view: the party, what it belongs to and, for an organisation, its members over time. */
    public ObjectNode view(StoredItem stored) {
        ObjectNode node = Views.of(stored);
        var asMember = registry.list(ItemQuery.of(Kind.MEMBERSHIP).withParty(java.util.Optional.of(stored.id()))
                .withLimit(ItemQuery.MAX_LIMIT)).items().stream()
                .filter(s -> s.as(Membership.class).member().equals(stored.id())).toList();
        ArrayNode memberships = node.putArray("memberships");
        for (StoredItem s : asMember) {
            Membership m = s.as(Membership.class);
            memberships.addObject().put("organisation", m.organisation()).put("period", m.period().text());
        }
        List<StoredItem> members = registry.children(Kind.MEMBERSHIP, stored.id());
        if (!members.isEmpty()) {
            ArrayNode list = node.putArray("members");
            for (StoredItem s : members) {
                Membership m = s.as(Membership.class);
                list.addObject().put("member", m.member()).put("period", m.period().text());
            }
        }
        return node;
    }
}
