package org.pacta.core.timeline;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.pacta.core.ItemTypes;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Page;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;

/** Every dated thing in the registry, merged and in date order (earliest possible day first). */
public final class TimelineService {

    public static final List<Kind> KINDS = Arrays.stream(Kind.values()).filter(Kind::onTimeline).toList();

    private final Registry registry;

    public TimelineService(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    /** {@code query} is applied to the timeline kinds, whatever kinds it names. */
    public Page<TimelineItem> list(ItemQuery query) {
        ItemQuery timeline = new ItemQuery(KINDS, query.party(), query.category(), query.parent(), query.fromDay(),
                query.toDay(), query.cursor(), query.limit());
        return registry.list(timeline).map(TimelineService::item);
    }

    static TimelineItem item(StoredItem stored) {
        ItemIndex index = ItemTypes.item(stored).index();
        return new TimelineItem(index.date().map(d -> d.text()).orElse(""), stored.kind().slug(), index.title(),
                stored.id(), index.parent(), index.category(), stored.logIndex());
    }
}
