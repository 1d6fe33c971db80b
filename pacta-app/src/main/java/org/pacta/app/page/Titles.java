package org.pacta.app.page;

import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.instrument.PartySignature;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.party.Membership;

/**
 * A one-line title for an item in the page's language. The registry's own titles of derived items
 * ("Commitment us-ussr-1990-02-09-baker marked DISPUTED") are built from ids for the log, in English;
 * a reader wants names and words: "Disputed: Secretary of State James Baker told...". Items that have
 * a title of their own (a commitment's text, an event's title) keep it, as recorded.
 */
final class Titles {

    private static final int SHORT = 90;

    private Titles() {
    }

    static String of(PageContext p, Snapshot.Entry entry) {
        Snapshot s = p.s();
        if (entry.item() instanceof StatusChange change) {
            Commitment commitment = s.commitments.get(change.commitment());
            return p.m("title.status", capitalised(p, p.label(change.status())),
                    commitment == null ? change.commitment() : shorten(commitment.text()));
        } else if (entry.item() instanceof Stance stance) {
            Concern concern = s.concerns.get(stance.concern());
            return p.m("title.stance", p.name(stance.party()), p.label(stance.stance()),
                    concern == null ? stance.concern() : concern.title());
        } else if (entry.item() instanceof Action action) {
            return p.m("title.action", p.name(action.party()), p.label(action.type()),
                    s.instrumentTitle(action.instrument()));
        } else if (entry.item() instanceof Version version) {
            return p.m("title.version", s.instrumentTitle(version.instrument()), version.number(),
                    version.proposedBy().map(p::name).orElse(p.m("version.agreed")));
        } else if (entry.item() instanceof Response response) {
            Allegation allegation = s.allegations.get(response.allegation());
            return p.m("title.response", p.name(response.party()),
                    allegation == null ? response.allegation() : shorten(allegation.text()));
        } else if (entry.item() instanceof Position position) {
            return p.m("title.position", p.name(position.party()), p.label(position.position()), position.eid(),
                    s.instrumentTitle(position.instrument()), position.version());
        } else if (entry.item() instanceof Message message) {
            return p.m("title.message", p.name(message.party()), p.label(message.type()),
                    message.text().map(Titles::shorten).orElse(""));
        } else if (entry.item() instanceof PartyKey key) {
            return p.m("title.key", p.name(key.party()));
        } else if (entry.item() instanceof PartySignature signature) {
            return p.m("title.signature", p.name(signature.party()), s.instrumentTitle(signature.instrument()),
                    signature.version());
        } else if (entry.item() instanceof Membership membership) {
            return p.m("title.membership", p.name(membership.member()), p.name(membership.organisation()));
        }
        return entry.title();
    }

    private static String capitalised(PageContext p, String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(p.lang().locale()) + word.substring(1);
    }

    static String shorten(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).strip() + "…";
    }
}
