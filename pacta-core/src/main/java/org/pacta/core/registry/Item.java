package org.pacta.core.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A thing the registry records. Implementations are immutable records whose JSON form is the
 * payload of the log entry that created them; everything the store indexes is derived from that
 * form through {@link #index()}, so replaying the log rebuilds the same rows.
 */
public interface Item {

    @JsonIgnore
    Kind itemKind();

    /** The item's id, unique within its kind. */
    String id();

    /** Columns the store indexes for filters, ordering and the timeline. */
    @JsonIgnore
    ItemIndex index();

    /** Every other item this one names; each must exist before this one is recorded. */
    @JsonIgnore
    List<Ref> refs();
}
