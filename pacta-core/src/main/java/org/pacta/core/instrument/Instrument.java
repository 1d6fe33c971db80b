package org.pacta.core.instrument;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.commitment.Form;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/**
 * A treaty, agreement, memorandum, declaration or similar text between parties. Its text lives in
 * its {@link Version}s; its status is derived from its {@link Action}s and never stored.
 */
public record Instrument(String id, String title, InstrumentKind kind, Form form, List<String> parties,
        EntryIntoForce entryIntoForce, Optional<Integer> withdrawalNoticeDays, List<String> sources,
        boolean verified, Optional<String> note) implements Item {

    public Instrument {
        id = Fields.idOrNew("id", id, "instrument");
        title = Fields.text("title", title);
        Fields.required("kind", kind);
        Fields.required("form", form);
        if (form == Form.ORAL) {
            throw new PactaException.InvalidInput("form", "an instrument is written: form must be LEGAL or POLITICAL");
        }
        parties = Fields.nonEmptyIds("parties", parties);
        entryIntoForce = entryIntoForce == null ? EntryIntoForce.NOT_APPLICABLE : entryIntoForce;
        withdrawalNoticeDays = Fields.optional(withdrawalNoticeDays);
        withdrawalNoticeDays.ifPresent(days -> {
            if (days < 0 || days > 36_500) {
                throw new PactaException.InvalidInput("withdrawalNoticeDays", "withdrawalNoticeDays must be between 0 and 36500");
            }
        });
        sources = Fields.ids("sources", sources);
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.INSTRUMENT;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(title).withCategory(form).withParties("PARTY", parties);
    }

    @Override
    public List<Ref> refs() {
        List<Ref> refs = new ArrayList<>(Fields.refs("parties", Kind.PARTY, parties));
        refs.addAll(Fields.refs("sources", Kind.SOURCE, sources));
        return refs;
    }

    public enum InstrumentKind {
        TREATY, AGREEMENT, MEMORANDUM, DECLARATION, CHARTER, FOUNDING_ACT, JOINT_STATEMENT, FINAL_ACT
    }

    /** The instrument's own rule for entering into force. */
    public enum EntryIntoForce {
        /** On the last written notification that domestic procedures are complete (every party ratifies). */
        LAST_NOTIFICATION,
        /** When more than half of the signatories have ratified. */
        MAJORITY_OF_SIGNATORIES,
        /** When every party has ratified. */
        ALL_RATIFICATIONS,
        /** On signature by every party. */
        ON_SIGNATURE,
        /** Not a text that enters into force (a declaration of intent). */
        NOT_APPLICABLE
    }
}
