package org.pacta.app.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongToDoubleFunction;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Kind;

/**
 * The geometry of the timeline: one horizontal scale from {@code fromDay} to {@code toDay}, one lane
 * per family of items, each item drawn over every day its date can mean. A date known to the month is
 * a bar across the month, a day is a point, an interval is a bar across it; an open end runs to the
 * edge with an arrow; approximate and uncertain dates are dashed and marked "~" or "?". Marks that
 * would overlap move to another row of their lane; a mark gets a text label where its row leaves
 * room before the next mark, so labels never cover marks. Pure.
 */
public final class TimelineChart {

    static final int WIDTH = 1000;
    static final int LEFT = 150;
    static final int RIGHT = 16;
    static final int TOP = 34;
    static final int ROW = 22;
    static final int MAX_ROWS = 8;
    private static final double CHAR = 6.4;
    private static final int LABEL_CHARS = 40;

    /** Families of items, each with its own lane, colour and shape. */
    public enum Lane {
        COMMITMENT("diamond", Kind.COMMITMENT), STATUS("square", Kind.STATUS), ALLEGATION("down", Kind.ALLEGATION,
                Kind.RESPONSE), INSTRUMENT("square", Kind.VERSION, Kind.ACTION, Kind.POSITION),
        SESSION("circle", Kind.SESSION, Kind.MESSAGE),
        CONCERN("up", Kind.CONCERN, Kind.STANCE), STATEMENT("ring", Kind.STATEMENT), EVENT("star", Kind.EVENT);

        private final String shape;
        private final List<Kind> kinds;

        Lane(String shape, Kind... kinds) {
            this.shape = shape;
            this.kinds = List.of(kinds);
        }

        public String css() {
            return "k-" + name().toLowerCase(Locale.ROOT);
        }

        public String shape() {
            return shape;
        }

        static Optional<Lane> of(Kind kind) {
            for (Lane lane : values()) {
                if (lane.kinds.contains(kind)) {
                    return Optional.of(lane);
                }
            }
            return Optional.empty();
        }
    }

    /** One item drawn: a bar from x1 to x2, or (when too short to see) a shape at its middle. */
    public record Mark(Snapshot.Entry entry, String title, String href, double x1, double x2, double y, boolean point,
            boolean approximate, boolean uncertain, boolean openStart, boolean openEnd, Optional<String> label,
            String glyph) {

        public double width() {
            return round(Math.max(x2 - x1, 1));
        }

        public boolean dashed() {
            return approximate || uncertain;
        }

        /** "~", "?" or both, for a date that is not sure. */
        public String qualifier() {
            return (approximate ? "~" : "") + (uncertain ? "?" : "");
        }
    }

    public record LaneView(Lane lane, double y, double height, List<Mark> marks) {
        public double middle() {
            return round(y + height / 2);
        }
    }

    public record Tick(double x, Optional<String> label) {
    }

    /** The chart; {@code today} is the x of today's line when today is in view. */
    public record Chart(int width, int height, int left, int top, List<LaneView> lanes, List<Tick> ticks,
            Optional<Double> today, int shown) {
        public int right() {
            return width - RIGHT;
        }

        public int bottom() {
            return height - 8;
        }
    }

    private TimelineChart() {
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * Lays out {@code entries} (dated, in view) between {@code fromDay} and {@code toDay}; ticks are
     * worded by {@code tickWords}, marks titled by {@code titles} and linked by {@code links}.
     */
    static Chart chart(List<Snapshot.Entry> entries, long fromDay, long toDay, LocalDate today,
            Function<Edtf, String> tickWords, Function<Snapshot.Entry, String> titles,
            Function<Snapshot.Entry, String> links) {
        double span = toDay + 1 - fromDay;
        double plot = WIDTH - LEFT - RIGHT;
        LongToDoubleFunction x = day -> LEFT + (day - fromDay) / span * plot;
        List<LaneView> lanes = new ArrayList<>();
        double y = TOP;
        int shown = 0;
        for (Lane lane : Lane.values()) {
            List<Snapshot.Entry> items = entries.stream()
                    .filter(e -> Lane.of(e.kind()).filter(lane::equals).isPresent())
                    .sorted(Comparator.comparingLong((Snapshot.Entry e) -> e.date().orElseThrow().earliestDay())
                            .thenComparing(Snapshot.Entry::title))
                    .toList();
            List<List<Placed>> rows = place(items, x, fromDay, toDay);
            List<Mark> marks = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<Placed> row = rows.get(r);
                double cy = y + 4 + r * ROW + ROW / 2.0;
                for (int i = 0; i < row.size(); i++) {
                    Placed placed = row.get(i);
                    // A label takes the room up to the next mark of its row, and is left out when too short.
                    double room = (i + 1 < row.size() ? row.get(i + 1).left() : WIDTH - 4) - placed.right() - 8;
                    Optional<String> label = label(titles.apply(placed.entry()), room);
                    Edtf date = placed.entry().date().orElseThrow();
                    marks.add(new Mark(placed.entry(), titles.apply(placed.entry()),
                            links.apply(placed.entry()), round(placed.x1()),
                            round(placed.x2()), round(cy), placed.point(), date.approximate(), date.uncertain(),
                            date.earliestDay() == Edtf.UNBOUNDED_EARLIEST, date.latestDay() == Edtf.UNBOUNDED_LATEST,
                            label, glyph(lane.shape(), (placed.x1() + placed.x2()) / 2, cy)));
                    shown++;
                }
            }
            double height = 8 + Math.max(1, rows.size()) * ROW;
            lanes.add(new LaneView(lane, round(y), height, marks));
            y += height;
        }
        long todayDay = today.toEpochDay();
        Optional<Double> todayX = todayDay >= fromDay && todayDay <= toDay
                ? Optional.of(round(x.applyAsDouble(todayDay))) : Optional.empty();
        List<Tick> ticks = TimelineTicks.ticks(fromDay, toDay).stream()
                .map(t -> new Tick(round(x.applyAsDouble(t.day())), t.label().map(tickWords)))
                .toList();
        return new Chart(WIDTH, (int) Math.ceil(y) + 12, LEFT, TOP, lanes, ticks, todayX, shown);
    }

    /** A mark's extent before it has a row: the bar (or the shape's box, for a point). */
    private record Placed(Snapshot.Entry entry, double x1, double x2, boolean point) {
        double left() {
            return point ? (x1 + x2) / 2 - 6 : x1;
        }

        double right() {
            return point ? (x1 + x2) / 2 + 6 : x2;
        }
    }

    /**
     * Puts each mark in the first row where it overlaps nothing, in date order; past {@link #MAX_ROWS}
     * marks share the least crowded row (a crowded overview is what zooming is for).
     */
    private static List<List<Placed>> place(List<Snapshot.Entry> items, LongToDoubleFunction x, long fromDay,
            long toDay) {
        List<List<Placed>> rows = new ArrayList<>();
        for (Snapshot.Entry entry : items) {
            Edtf date = entry.date().orElseThrow();
            double x1 = x.applyAsDouble(Math.max(date.earliestDay(), fromDay));
            double x2 = x.applyAsDouble(Math.min(date.latestDay(), toDay) + 1);
            Placed placed = new Placed(entry, x1, x2, x2 - x1 < 4);
            Optional<List<Placed>> free = rows.stream()
                    .filter(row -> row.get(row.size() - 1).right() + 2 <= placed.left()).findFirst();
            if (free.isEmpty() && rows.size() < MAX_ROWS) {
                free = Optional.of(new ArrayList<>());
                rows.add(free.get());
            }
            free.orElseGet(() -> rows.stream().min(Comparator.comparingInt(List::size)).orElseThrow()).add(placed);
        }
        return rows;
    }

    /** The title cut to fit {@code room} units of width, or nothing when fewer than eight letters would fit. */
    private static Optional<String> label(String title, double room) {
        int fits = (int) Math.min(LABEL_CHARS, Math.floor(room / CHAR));
        if (fits < 8) {
            return Optional.empty();
        }
        return Optional.of(title.length() <= fits ? title : title.substring(0, fits - 1).strip() + "…");
    }

    /** An SVG path for a point mark: the lane's shape, about 10 units across, centred on (cx, cy). */
    public static String glyph(String shape, double cx, double cy) {
        double r = 5;
        return switch (shape) {
            case "diamond" -> path(cx, cy - r - 1, cx + r + 1, cy, cx, cy + r + 1, cx - r - 1, cy);
            case "square" -> path(cx - r + 1, cy - r + 1, cx + r - 1, cy - r + 1, cx + r - 1, cy + r - 1, cx - r + 1,
                    cy + r - 1);
            case "up" -> path(cx, cy - r - 1, cx + r + 1, cy + r, cx - r - 1, cy + r);
            case "down" -> path(cx - r - 1, cy - r, cx + r + 1, cy - r, cx, cy + r + 1);
            case "star" -> path(cx, cy - r - 1, cx + 1.8, cy - 1.8, cx + r + 1, cy, cx + 1.8, cy + 1.8, cx, cy + r + 1,
                    cx - 1.8, cy + 1.8, cx - r - 1, cy, cx - 1.8, cy - 1.8);
            default -> "M" + f(cx - r) + " " + f(cy) + "a" + f(r) + " " + f(r) + " 0 1 0 " + f(2 * r) + " 0a" + f(r)
                    + " " + f(r) + " 0 1 0 " + f(-2 * r) + " 0Z";
        };
    }

    private static String path(double... points) {
        StringBuilder out = new StringBuilder("M");
        for (int i = 0; i < points.length; i += 2) {
            if (i > 0) {
                out.append('L');
            }
            out.append(f(points[i])).append(' ').append(f(points[i + 1]));
        }
        return out.append('Z').toString();
    }

    private static String f(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
