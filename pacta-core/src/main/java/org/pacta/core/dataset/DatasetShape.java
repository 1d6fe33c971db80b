package org.pacta.core.dataset;

import java.util.List;
import org.pacta.core.registry.Kind;

/**
 * The layout of a {@code pacta-dataset/v1} document (docs/dataset-format.md): its top-level lists,
 * in import order, and the child lists nested in their parents.
 */
final class DatasetShape {

    static final String FORMAT = "pacta-dataset/v1";

    record Nested(String field, Kind kind, String parentField) {
    }

    record TopLevel(String field, Kind kind, List<Nested> nested) {
    }

    static final List<TopLevel> LISTS = List.of(
            new TopLevel("sources", Kind.SOURCE, List.of()),
            new TopLevel("parties", Kind.PARTY, List.of(new Nested("keys", Kind.KEY, "party"))),
            new TopLevel("memberships", Kind.MEMBERSHIP, List.of()),
            new TopLevel("instruments", Kind.INSTRUMENT, List.of(
                    new Nested("versions", Kind.VERSION, "instrument"),
                    new Nested("actions", Kind.ACTION, "instrument"),
                    new Nested("positions", Kind.POSITION, "instrument"),
                    new Nested("signatures", Kind.SIGNATURE, "instrument"))),
            new TopLevel("tracks", Kind.TRACK, List.of(new Nested("sessions", Kind.SESSION, "track"),
                    new Nested("messages", Kind.MESSAGE, "track"))),
            new TopLevel("concerns", Kind.CONCERN, List.of(new Nested("stances", Kind.STANCE, "concern"))),
            new TopLevel("statements", Kind.STATEMENT, List.of()),
            new TopLevel("commitments", Kind.COMMITMENT, List.of(
                    new Nested("statusHistory", Kind.STATUS, "commitment"))),
            new TopLevel("allegations", Kind.ALLEGATION, List.of(
                    new Nested("responses", Kind.RESPONSE, "allegation"))),
            new TopLevel("events", Kind.EVENT, List.of()));

    private DatasetShape() {
    }
}
