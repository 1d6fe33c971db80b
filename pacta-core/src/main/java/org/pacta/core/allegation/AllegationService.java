package org.pacta.core.allegation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pacta.core.negotiation.NegotiationService;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;

/** Allegations of breach, their responses and counter-allegations. */
public final class AllegationService {

    private final Registry registry;

    public AllegationService(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        registry.rule(Kind.ALLEGATION, (item, lookup) -> {
            Allegation allegation = (Allegation) item;
            allegation.provision().ifPresent(eid -> NegotiationService.requireProvision(lookup,
                    allegation.instrument().orElseThrow(), eid, "provision"));
        });
    }

    public ObjectNode view(StoredItem stored) {
        ObjectNode node = Views.of(stored);
        List<StoredItem> responses = registry.children(Kind.RESPONSE, stored.id());
        node.set("responses", Views.array(responses));
        Views.touch(node, responses);
        return node;
    }
}
