package org.pacta.app.page;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;

/**
 * {@code /timeline}: every dated item from 1990 to today on one scale, drawn as SVG on the server,
 * zoomable to any EDTF period with {@code ?from=&to=}, with the same items listed below as a table.
 */
public final class TimelinePage {

    /** Where the chart starts when no period is asked for: the year of the first assurances. */
    static final LocalDate DEFAULT_START = LocalDate.of(1990, 1, 1);

    private TimelinePage() {
    }

    /** A preset period: its query and its EDTF ends (absent: the default). */
    public record Preset(String key, Optional<String> from, Optional<String> to, boolean current) {
        public String href() {
            if (from.isEmpty()) {
                return "/timeline";
            }
            return "/timeline?from=" + from.get() + "&to=" + to.orElse(from.get());
        }
    }

    public record Row(Snapshot.Entry entry, String href, String anchor) {
    }

    /**
     * @param from the asked start, for the form (absent: the default)
     * @param fromDay the first day shown
     * @param toDay the last day shown
     */
    public record TimelineView(Optional<Edtf> from, Optional<Edtf> to, long fromDay, long toDay,
            TimelineChart.Chart chart, List<Row> rows, List<Preset> presets) {
        public Edtf period() {
            return Edtf.parse(LocalDate.ofEpochDay(fromDay) + "/" + LocalDate.ofEpochDay(toDay));
        }
    }

    private static final List<String[]> PRESETS = List.of(new String[] {"all", null, null},
            new String[] {"1990s", "1990", "1991"}, new String[] {"1997", "1997", "1997"},
            new String[] {"2014", "2014", "2014"}, new String[] {"2021-2022", "2021", "2022"},
            new String[] {"dec2021", "2021-12", "2021-12"}, new String[] {"jan2022", "2022-01", "2022-01"});

    static void show(PageRequest r) {
        Snapshot s = r.s();
        Optional<Edtf> from = r.date("from");
        Optional<Edtf> to = r.date("to");
        Edtf.Range asked = CommitmentPages.range(from, to);
        long fromDay = from.isPresent() ? asked.fromDay() : DEFAULT_START.toEpochDay();
        long toDay = to.isPresent() ? asked.toDay() : s.today.toEpochDay();
        if (fromDay > toDay) {
            throw new PageException(400, "error.badRange", from.map(Edtf::text).orElse(DEFAULT_START.toString()),
                    to.map(Edtf::text).orElse(s.today.toString()));
        }
        List<Snapshot.Entry> entries = s.entries.stream()
                .filter(e -> e.kind().onTimeline() && e.date().isPresent()
                        && e.date().get().overlaps(fromDay, toDay))
                .sorted(Comparator.comparing((Snapshot.Entry e) -> e.date().orElseThrow(), Edtf.TIMELINE)
                        .thenComparing(e -> e.kind().ordinal()).thenComparing(Snapshot.Entry::title))
                .toList();
        TimelineChart.Chart chart = TimelineChart.chart(entries, fromDay, toDay, s.today, r.page()::date,
                r.page()::title, e -> s.href(e.kind(), e.id()));
        List<Row> rows = entries.stream().map(e -> new Row(e, s.href(e.kind(), e.id()), e.kind().slug() + "-" + e.id()))
                .toList();
        List<Preset> presets = PRESETS.stream().map(p -> new Preset(p[0], Optional.ofNullable(p[1]),
                Optional.ofNullable(p[2]), from.map(Edtf::text).equals(Optional.ofNullable(p[1]))
                        && to.map(Edtf::text).equals(Optional.ofNullable(p[2])))).toList();
        String title = from.isEmpty() && to.isEmpty() ? r.page().m("timeline.title")
                : r.page().m("timeline.titleFor", r.page().date(Edtf.parse(LocalDate.ofEpochDay(fromDay) + "/"
                        + LocalDate.ofEpochDay(toDay))));
        r.show("timeline.jte", title, new TimelineView(from, to, fromDay, toDay, chart, rows, presets));
    }
}
