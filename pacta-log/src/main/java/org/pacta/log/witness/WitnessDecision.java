package org.pacta.log.witness;

import java.util.List;
import java.util.Objects;
import org.pacta.log.note.NoteSignature;

/**
 * What a witness answers to an {@code add-checkpoint} request: the HTTP status, content type and
 * body the tlog-witness spec prescribes. Only {@link Cosigned} changes the witness's state.
 */
public sealed interface WitnessDecision {
    int status();

    String contentType();

    String body();

    /** 200: the checkpoint was cosigned; persist {@link #newState()} before sending the body. */
    record Cosigned(List<NoteSignature> cosignatures, WitnessState newState) implements WitnessDecision {
        public Cosigned {
            cosignatures = List.copyOf(cosignatures);
            Objects.requireNonNull(newState, "new state is null");
        }

        @Override
        public int status() {
            return 200;
        }

        @Override
        public String contentType() {
            return "text/plain; charset=utf-8";
        }

        /** The cosignature lines. */
        @Override
        public String body() {
            StringBuilder body = new StringBuilder();
            cosignatures.forEach(signature -> body.append(signature.line()));
            return body.toString();
        }
    }

    /** 409: the old size is not the latest size this witness cosigned, which the body tells. */
    record SizeConflict(long latestSize) implements WitnessDecision {
        @Override
        public int status() {
            return 409;
        }

        @Override
        public String contentType() {
            return "text/x.tlog.size";
        }

        @Override
        public String body() {
            return latestSize + "\n";
        }
    }

    /** 400, 403, 404 or 422 with a one-line reason. */
    record Rejected(int status, String reason) implements WitnessDecision {
        public Rejected {
            if (status != 400 && status != 403 && status != 404 && status != 422) {
                throw new IllegalArgumentException("a witness rejects with 400, 403, 404 or 422, not " + status);
            }
            Objects.requireNonNull(reason, "reason is null");
        }

        @Override
        public String contentType() {
            return "text/plain; charset=utf-8";
        }

        @Override
        public String body() {
            return reason + "\n";
        }
    }
}
