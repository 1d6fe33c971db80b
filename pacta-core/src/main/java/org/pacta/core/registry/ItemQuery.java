package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;

/**
 * A filtered, paged read of items. Results are ordered by earliest date (undated first), then
 * kind, then id; {@code cursor} is the opaque position after the last item of the previous page.
 * A date filter keeps items whose whole date range lies within {@code [fromDay, toDay]}.
 */
public record ItemQuery(List<Kind> kinds, Optional<String> party, Optional<String> category,
        Optional<String> parent, Optional<Long> fromDay, Optional<Long> toDay, Optional<Cursor> cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ItemQuery {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds is empty");
        }
        requireNonNull(party, "party is null");
        requireNonNull(category, "category is null");
        requireNonNull(parent, "parent is null");
        requireNonNull(fromDay, "fromDay is null");
        requireNonNull(toDay, "toDay is null");
        requireNonNull(cursor, "cursor is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new PactaException.InvalidInput("limit", "limit must be between 1 and " + MAX_LIMIT
                    + ", was: " + limit);
        }
    }

    public static ItemQuery of(Kind... kinds) {
        return new ItemQuery(List.of(kinds), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public ItemQuery withParty(Optional<String> value) {
        return new ItemQuery(kinds, value, category, parent, fromDay, toDay, cursor, limit);
    }

    public ItemQuery withCategory(Optional<String> value) {
        return new ItemQuery(kinds, party, value, parent, fromDay, toDay, cursor, limit);
    }

    public ItemQuery withParent(Optional<String> value) {
        return new ItemQuery(kinds, party, category, value, fromDay, toDay, cursor, limit);
    }

    public ItemQuery withDays(Optional<Long> from, Optional<Long> to) {
        return new ItemQuery(kinds, party, category, parent, from, to, cursor, limit);
    }

    public ItemQuery withCursor(Optional<Cursor> value) {
        return new ItemQuery(kinds, party, category, parent, fromDay, toDay, value, limit);
    }

    public ItemQuery withLimit(int value) {
        return new ItemQuery(kinds, party, category, parent, fromDay, toDay, cursor, value);
    }
}
