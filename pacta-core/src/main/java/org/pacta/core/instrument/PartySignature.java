package org.pacta.core.instrument;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/**
 * A party's Ed25519 signature over a version's text ({@link VersionText#message}), as a C2SP
 * signature: base64 of the 4-byte key id and the 64-byte signature. Recorded only after the server
 * has verified it with one of the party's registered keys.
 */
public record PartySignature(String id, String instrument, int version, String party, String signature,
        String digest) implements Item {

    public PartySignature {
        id = Fields.idOrNew("id", id, "signature");
        instrument = Fields.id("instrument", instrument);
        if (version < 1) {
            throw new PactaException.InvalidInput("version", "version must be 1 or more, was: " + version);
        }
        party = Fields.id("party", party);
        signature = Fields.text("signature", signature);
        try {
            if (Base64.getDecoder().decode(signature).length != 68) {
                throw new PactaException.InvalidInput("signature", "signature must be base64 of a 4-byte key id and a "
                        + "64-byte Ed25519 signature (68 bytes)");
            }
        } catch (IllegalArgumentException e) {
            throw new PactaException.InvalidInput("signature", "signature is not base64", e);
        }
        digest = Fields.text("digest", digest);
    }

    public byte[] keyIdAndSignature() {
        return Base64.getDecoder().decode(signature);
    }

    @Override
    public Kind itemKind() {
        return Kind.SIGNATURE;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(party + " signs version " + version + " of " + instrument).withParent(instrument)
                .withParty("SIGNER", party);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>();
        refs.add(new Ref("instrument", Kind.INSTRUMENT, instrument));
        refs.add(new Ref("version", Kind.VERSION, Version.idOf(instrument, version)));
        refs.add(new Ref("party", Kind.PARTY, party));
        return refs;
    }
}
