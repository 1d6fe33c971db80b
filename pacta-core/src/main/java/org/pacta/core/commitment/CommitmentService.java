package org.pacta.core.commitment;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.pacta.core.negotiation.NegotiationService;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;

/** Commitments and their dated status history. */
public final class CommitmentService {

    private final Registry registry;

    public CommitmentService(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        registry.rule(Kind.COMMITMENT, (item, lookup) -> {
            Commitment commitment = (Commitment) item;
            commitment.provision().ifPresent(eid -> NegotiationService.requireProvision(lookup,
                    commitment.instrument().orElseThrow(), eid, "provision"));
        });
    }

    /** The API view: the commitment, its status history and its current status (ACTIVE until one is recorded). */
    public ObjectNode view(StoredItem stored) {
        ObjectNode node = Views.of(stored);
        List<StoredItem> history = registry.children(Kind.STATUS, stored.id());
        node.set("statusHistory", Views.array(history));
        String status = history.stream().map(s -> s.as(StatusChange.class))
                .max(Comparator.comparingLong((StatusChange s) -> s.date().earliestDay()))
                .map(s -> s.status().name()).orElse(StatusChange.CommitmentStatus.ACTIVE.name());
        node.put("status", status);
        Views.touch(node, history);
        return node;
    }
}
