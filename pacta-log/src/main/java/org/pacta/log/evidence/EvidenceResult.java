package org.pacta.log.evidence;

import java.util.List;
import java.util.Objects;
import org.pacta.log.checkpoint.Checkpoint;

/** The answer of {@link EvidenceVerifier}: verified, or a one-line reason why not. */
public sealed interface EvidenceResult {
    boolean ok();

    /** The entry is in the log at the checkpoint, which {@code witnesses} (key names) cosigned. */
    record Verified(Checkpoint checkpoint, List<String> witnesses) implements EvidenceResult {
        public Verified {
            Objects.requireNonNull(checkpoint, "checkpoint is null");
            witnesses = List.copyOf(witnesses);
        }

        @Override
        public boolean ok() {
            return true;
        }
    }

    /** Not verified, for {@code reason}. */
    record Failed(String reason) implements EvidenceResult {
        public Failed {
            Objects.requireNonNull(reason, "reason is null");
        }

        @Override
        public boolean ok() {
            return false;
        }
    }
}
