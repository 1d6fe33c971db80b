package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;

/**
 * The stored form of an item, column by column. One function derives it from an item and its log
 * entry, for live writes and for checks that replay the log ({@code pacta fsck}).
 */
public record ItemRow(String kind, String id, Optional<String> parent, Optional<String> category,
        Optional<String> dateText, Optional<Long> dateLo, Optional<Long> dateHi, long sortLo, String title, String body,
        long createdIndex, List<String> parties) {

    public ItemRow {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(body, "body is null");
        parties = List.copyOf(parties);
    }

    /** The row an item recorded by log entry {@code index} with canonical body {@code body} must have. */
    public static ItemRow of(Item item, String body, long index) {
        ItemIndex idx = item.index();
        Optional<Edtf> date = idx.date();
        return new ItemRow(item.itemKind().slug(), item.id(), idx.parent(), idx.category(), date.map(Edtf::text),
                date.map(Edtf::earliestDay), date.map(Edtf::latestDay),
                date.map(Edtf::earliestDay).orElse(Edtf.UNBOUNDED_EARLIEST), idx.title(), body, index,
                idx.parties().stream().map(p -> p.role() + ":" + p.party()).sorted().toList());
    }
}
