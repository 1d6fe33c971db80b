package org.pacta.app.page;

import java.util.Optional;
import org.pacta.core.instrument.Position;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.registry.Kind;

/**
 * Where each kind of item is shown. Items with a page of their own link to it; the others (a
 * session, a stance, a status change, a statement...) link to their row on their parent's page,
 * whose element carries the matching {@code id}, so every item is one click from any list.
 */
final class PactaPaths {

    private PactaPaths() {
    }

    static String of(Snapshot s, Kind kind, String id) {
        return switch (kind) {
            case PARTY -> "/parties/" + id;
            case MEMBERSHIP -> s.memberships.stream().filter(m -> m.id().equals(id)).findFirst()
                    .map(m -> "/parties/" + m.member() + "#membership-" + id).orElse("/parties");
            case INSTRUMENT -> "/instruments/" + id;
            case VERSION -> version(id);
            case ACTION -> parent(s, kind, id).map(i -> "/instruments/" + i + "#action-" + id).orElse("/instruments");
            case TRACK -> "/tracks/" + id;
            case SESSION -> Optional.ofNullable(s.sessionsById.get(id))
                    .map(x -> "/tracks/" + x.track() + "#session-" + id).orElse("/tracks");
            case CONCERN -> concern(s, id, "concern-" + id);
            case STANCE -> parent(s, kind, id).map(c -> concern(s, c, "stance-" + id)).orElse("/tracks");
            case COMMITMENT -> "/commitments/" + id;
            case STATUS -> parent(s, kind, id).map(c -> "/commitments/" + c + "#status-" + id).orElse("/commitments");
            case STATEMENT -> Optional.ofNullable(s.statements.get(id))
                    .map(x -> "/sources/" + x.source() + "#statement-" + id).orElse("/sources");
            case ALLEGATION -> "/allegations/" + id;
            case RESPONSE -> parent(s, kind, id).map(a -> "/allegations/" + a + "#response-" + id)
                    .orElse("/allegations");
            case EVENT -> "/events/" + id;
            case SOURCE -> "/sources/" + id;
            case POSITION -> s.entry(kind, id).map(e -> (Position) e.item())
                    .map(p -> "/instruments/" + p.instrument() + "?version=" + p.version() + "#position-" + id)
                    .orElse("/instruments");
            case MESSAGE -> parent(s, kind, id).map(t -> "/tracks/" + t + "#message-" + id).orElse("/tracks");
            case KEY -> parent(s, kind, id).map(p -> "/parties/" + p + "#key-" + id).orElse("/parties");
            case SIGNATURE -> parent(s, kind, id).map(i -> "/instruments/" + i + "#signature-" + id)
                    .orElse("/instruments");
        };
    }

    /** A version's id is {@code <instrument>.v<number>}: its page is the instrument at that version. */
    private static String version(String id) {
        int dot = id.lastIndexOf(".v");
        if (dot < 0) {
            return "/instruments";
        }
        return "/instruments/" + id.substring(0, dot) + "?version=" + id.substring(dot + 2);
    }

    private static String concern(Snapshot s, String concernId, String anchor) {
        Concern concern = s.concerns.get(concernId);
        if (concern == null) {
            return "/tracks";
        }
        return concern.track().map(t -> "/tracks/" + t).orElse("/tracks") + "#" + anchor;
    }

    private static Optional<String> parent(Snapshot s, Kind kind, String id) {
        return s.entry(kind, id).flatMap(Snapshot.Entry::parent);
    }
}
