package org.pacta.app.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pacta.app.web.Http;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfException;
import org.pacta.core.registry.Cursor;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;

/**
 * The query parameters of a list: {@code party}, a category filter such as {@code form},
 * {@code from}/{@code to} (EDTF, compared by bounds), {@code cursor} and {@code limit}. An unknown
 * parameter is an error rather than silently ignored.
 */
final class ListParams {

    static final List<String> COMMON = List.of("party", "from", "to", "cursor", "limit");

    private ListParams() {
    }

    static ItemQuery query(Context ctx, List<Kind> kinds, Optional<Collections.Filter> category) {
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        category.ifPresent(f -> allowed.add(f.name()));
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new PactaException.InvalidInput(name, "unknown query parameter \"" + name + "\"; this list takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        Optional<Long> fromDay = date(ctx, "from").map(Edtf::earliestDay);
        Optional<Long> toDay = date(ctx, "to").map(Edtf::latestDay);
        if (fromDay.isPresent() && toDay.isPresent() && fromDay.get() > toDay.get()) {
            throw new PactaException.InvalidInput("to", "to must not be before from");
        }
        Optional<String> party = Http.query(ctx, "party");
        Optional<String> categoryValue = category.flatMap(f -> Http.enumName(ctx, f.name(), f.values()));
        return new ItemQuery(kinds, party, categoryValue, Optional.empty(), fromDay, toDay,
                Http.query(ctx, "cursor").map(Cursor::parse), Http.intQuery(ctx, "limit", ItemQuery.DEFAULT_LIMIT));
    }

    private static Optional<Edtf> date(Context ctx, String name) {
        Optional<String> value = Http.query(ctx, name);
        try {
            return value.map(Edtf::parse);
        } catch (EdtfException e) {
            throw new PactaException.InvalidInput(name, name + ": " + e.getMessage(), e);
        }
    }
}
