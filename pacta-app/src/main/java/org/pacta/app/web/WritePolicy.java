package org.pacta.app.web;

import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.access.Principal;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.registry.Item;

/**
 * Who may record what. Admins and analysts record anything; a delegate records only acts of its
 * own party (its commitments, actions, versions, concerns, stances, allegations, responses);
 * witnesses cosign checkpoints and record nothing in the registry.
 */
public final class WritePolicy {

    private WritePolicy() {
    }

    public static void check(Principal principal, Item item) {
        check(principal, actingParty(item), item.itemKind().slug());
    }

    /** Checks a write made in the name of {@code party} (none: an agreed text, recorded by an admin or analyst). */
    public static void checkActingFor(Principal principal, Optional<String> party) {
        check(principal, party, "jointly agreed text");
    }

    private static void check(Principal principal, Optional<String> acting, String what) {
        switch (principal.role()) {
            case ADMIN, ANALYST -> {
            }
            case WITNESS -> throw new PactaException.Forbidden("a WITNESS token cosigns checkpoints; it cannot write to the registry");
            case DELEGATE -> {
                String own = principal.party().orElseThrow();
                if (acting.isEmpty()) {
                    throw new PactaException.Forbidden("a delegate records acts of its own party only; a "
                            + what + " is recorded by an admin or analyst");
                }
                if (!acting.get().equals(own)) {
                    throw new PactaException.Forbidden("a delegate of " + own + " cannot act in the name of "
                            + acting.get());
                }
            }
        }
    }

    /** The party in whose name an item is recorded, where it has one. */
    static Optional<String> actingParty(Item item) {
        if (item instanceof Commitment c) {
            return Optional.of(c.madeBy());
        } else if (item instanceof Action a) {
            return Optional.of(a.party());
        } else if (item instanceof Version v) {
            return v.proposedBy();
        } else if (item instanceof Concern c) {
            return Optional.of(c.raisedBy());
        } else if (item instanceof Stance s) {
            return Optional.of(s.party());
        } else if (item instanceof Allegation a) {
            return Optional.of(a.accuser());
        } else if (item instanceof Response r) {
            return Optional.of(r.party());
        } else if (item instanceof org.pacta.core.instrument.Position p) {
            return Optional.of(p.party());
        } else if (item instanceof org.pacta.core.negotiation.Message m) {
            return Optional.of(m.party());
        } else if (item instanceof org.pacta.core.instrument.PartyKey k) {
            return Optional.of(k.party());
        } else if (item instanceof org.pacta.core.instrument.PartySignature s) {
            return Optional.of(s.party());
        }
        return Optional.empty();
    }
}
