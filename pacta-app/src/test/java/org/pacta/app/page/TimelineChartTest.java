package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.core.date.Edtf;
import org.pacta.core.event.Event;
import org.pacta.core.registry.Kind;

class TimelineChartTest {

    private static final long FROM = LocalDate.of(2021, 1, 1).toEpochDay();
    private static final long TO = LocalDate.of(2022, 12, 31).toEpochDay();

    private static Snapshot.Entry event(String id, String date) {
        Event event = new Event(id, Edtf.parse(date), "Event " + id, Event.EventKind.MEETING, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false, Optional.empty());
        return new Snapshot.Entry(Kind.EVENT, id, event.title(), Optional.of(event.date()), Optional.empty(),
                Optional.empty(), 0, List.of(), "", event);
    }

    private static TimelineChart.Chart chart(Snapshot.Entry... entries) {
        return TimelineChart.chart(List.of(entries), FROM, TO, LocalDate.of(2026, 1, 1), Edtf::text,
                Snapshot.Entry::title, e -> "/events/" + e.id());
    }

    private static List<TimelineChart.Mark> events(TimelineChart.Chart chart) {
        return chart.lanes().stream().filter(l -> l.lane() == TimelineChart.Lane.EVENT).findFirst().orElseThrow()
                .marks();
    }

    private static double dayWidth() {
        return (TimelineChart.WIDTH - TimelineChart.LEFT - TimelineChart.RIGHT) / (double) (TO - FROM + 1);
    }

    @Test
    void monthPrecision_isDrawnAcrossTheMonth() {
        TimelineChart.Mark december = events(chart(event("a", "2021-12"))).get(0);
        assertThat(december.point()).isFalse();
        assertThat(december.x2() - december.x1()).isCloseTo(31 * dayWidth(), offset(0.2));
        assertThat(december.x1()).isCloseTo(TimelineChart.LEFT + (LocalDate.of(2021, 12, 1).toEpochDay() - FROM)
                * dayWidth(), offset(0.1));
    }

    @Test
    void dayPrecision_isAPoint_andQualifiersAreKept() {
        TimelineChart.Mark day = events(chart(event("a", "2022-01-10"))).get(0);
        assertThat(day.point()).isTrue();
        assertThat(day.dashed()).isFalse();
        TimelineChart.Mark approximate = events(chart(event("b", "2021-12-30~"))).get(0);
        assertThat(approximate.dashed()).isTrue();
        assertThat(approximate.qualifier()).isEqualTo("~");
        assertThat(events(chart(event("c", "2022?"))).get(0).qualifier()).isEqualTo("?");
    }

    @Test
    void openEnd_runsToTheEdgeWithAnArrow() {
        TimelineChart.Mark open = events(chart(event("a", "2022-02/.."))).get(0);
        assertThat(open.openEnd()).isTrue();
        assertThat(open.x2()).isCloseTo(TimelineChart.WIDTH - TimelineChart.RIGHT, offset(0.2));
    }

    @Test
    void overlappingMarks_takeSeparateRows_andLabelsStopBeforeTheNextMark() {
        List<TimelineChart.Mark> marks = events(chart(event("a", "2022-01-10"), event("b", "2022-01-10"),
                event("c", "2022-01-11"), event("d", "2022-06")));
        Map<String, TimelineChart.Mark> byId = new HashMap<>();
        marks.forEach(m -> byId.put(m.entry().id(), m));
        assertThat(List.of(byId.get("a").y(), byId.get("b").y(), byId.get("c").y())).doesNotHaveDuplicates();
        assertThat(byId.get("d").y()).isEqualTo(byId.get("a").y());
        TimelineChart.Mark first = byId.get("a");
        first.label().ifPresent(label -> assertThat((first.x1() + first.x2()) / 2 + 6 + 8 + label.length() * 6.4)
                .isLessThanOrEqualTo(byId.get("d").x1() + 0.5));
        assertThat(byId.get("d").label()).contains("Event d");
    }
}
