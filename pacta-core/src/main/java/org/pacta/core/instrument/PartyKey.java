package org.pacta.core.instrument;

import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;
import org.pacta.log.LogFormatException;
import org.pacta.log.note.KeyType;
import org.pacta.log.note.VerifierKey;

/**
 * A party's public signing key (a C2SP Ed25519 vkey named after the party). The private half stays
 * with the party's delegate; the server only ever verifies.
 */
public record PartyKey(String id, String party, String vkey, Optional<String> note) implements Item {

    public PartyKey {
        id = Fields.idOrNew("id", id, "key");
        party = Fields.id("party", party);
        vkey = Fields.text("vkey", vkey);
        VerifierKey parsed;
        try {
            parsed = VerifierKey.parse(vkey);
        } catch (LogFormatException e) {
            throw new PactaException.InvalidInput("vkey", "vkey: " + e.getMessage(), e);
        }
        if (parsed.type() != KeyType.ED25519) {
            throw new PactaException.InvalidInput("vkey", "vkey must be an Ed25519 signing key (type 0x01)");
        }
        if (!parsed.name().equals(party)) {
            throw new PactaException.InvalidInput("vkey", "vkey is named \"" + parsed.name() + "\"; a party's key is "
                    + "named after the party (" + party + "): make it with pacta keygen --party " + party);
        }
        note = Fields.optionalText("note", note);
    }

    public VerifierKey verifierKey() {
        return VerifierKey.parse(vkey);
    }

    @Override
    public Kind itemKind() {
        return Kind.KEY;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of("Signing key of " + party).withParent(party).withParty("OWNER", party);
    }

    @Override
    public List<Ref> refs() {
        return List.of(new Ref("party", Kind.PARTY, party));
    }
}
