package org.pacta.core.timeline;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One dated thing on the merged timeline, pointing at the item it shows. */
public record TimelineItem(String date, String kind, String title, String id, Optional<String> parent,
        Optional<String> category, long logIndex) {
    public TimelineItem {
        requireNonNull(date, "date is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        requireNonNull(id, "id is null");
        requireNonNull(parent, "parent is null");
        requireNonNull(category, "category is null");
    }
}
