package org.pacta.core.date;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * One EDTF expression of level 0 or 1 (https://www.loc.gov/standards/datetime/): a date such as
 * {@code 2021-12}, {@code 1990-02~} or {@code 201X}, or an interval such as {@code 1990/1991} or
 * {@code 1985-04/..}, with the earliest and latest calendar days it can mean.
 *
 * <p>A single date is held as an interval whose two ends are that same date, so that bounds,
 * ordering and overlap need no special case. Ends that are open ({@code ..}) or unknown (empty) are
 * unbounded: {@link #earliestDay()} is then {@link #UNBOUNDED_EARLIEST} or {@link #latestDay()} is
 * {@link #UNBOUNDED_LATEST}, and {@link #earliest()} or {@link #latest()} is empty. A date-time
 * bounds the calendar day written before its {@code T}, whatever its time shift: Pacta records
 * which day a text names, not instants.
 *
 * <p>An interval is refused only when no reading of it fits, that is when its start's earliest day
 * is after its end's latest day (or, on one shared day, its start time is after its end time):
 * {@code 2004-06/2004-05} is refused, but {@code 2021/2020-24} is kept because winter 2020 reaches
 * into February 2021.
 *
 * <p>Conformance, as the specification asks implementations to state it: level 0 and level 1 are
 * supported; no level 2 feature is, and each is refused with a message saying so. Three choices go
 * beyond or below the letter of level 1: interval ends may be date-times (ISO 8601-1 allows them,
 * EDTF level 0 intervals do not, so other EDTF tools may refuse such text); unspecified digits are
 * not accepted in negative years or in {@code Y} years; and seasons follow the reading documented
 * on {@link EdtfDate.Season}.
 *
 * <p>Build values with {@link #parse}, or with {@link #of} and {@link #interval} from parts. The
 * constructor checks that {@link #text()} is the canonical spelling of the parts, so a value never
 * says one thing and means another.
 *
 * @param text the canonical EDTF spelling: the trimmed input, with a UTC shift spelled {@code Z}
 * @param start the first end; for a single date, the date
 * @param end the last end; for a single date, the same date as {@code start}
 */
public record Edtf(String text, EdtfEndpoint start, EdtfEndpoint end) {

    /** {@link #earliestDay()} of an expression with no lower bound: {@code LocalDate.MIN.toEpochDay()}. */
    public static final long UNBOUNDED_EARLIEST = LocalDate.MIN.toEpochDay();

    /** {@link #latestDay()} of an expression with no upper bound: {@code LocalDate.MAX.toEpochDay()}. */
    public static final long UNBOUNDED_LATEST = LocalDate.MAX.toEpochDay();

    /**
     * Timeline order: by earliest day, then latest day (the tighter of two dates that start together
     * comes first), then text so that the order is total and agrees with {@code equals}.
     */
    public static final Comparator<Edtf> TIMELINE = Comparator.comparingLong(Edtf::earliestDay)
            .thenComparingLong(Edtf::latestDay)
            .thenComparing(Edtf::text);

    public Edtf {
        requireNonNull(text, "text is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        boolean interval = text.indexOf('/') >= 0;
        if (!interval && !(start instanceof EdtfDate && start.equals(end))) {
            throw new IllegalArgumentException("a single date needs the same date at both ends, was " + start
                    + " and " + end);
        }
        if (interval && !(start instanceof EdtfDate) && !(end instanceof EdtfDate)) {
            throw new IllegalArgumentException("an interval needs at least one date; both ends are open or unknown");
        }
        String spelled = interval ? start.text() + "/" + end.text() : start.text();
        if (!text.equals(spelled)) {
            throw new IllegalArgumentException("text \"" + text + "\" is not the canonical spelling \"" + spelled
                    + "\" of its parts");
        }
        if (start instanceof EdtfDate from && end instanceof EdtfDate to && startsAfterEnd(from, to)) {
            throw new IllegalArgumentException("the interval starts (" + from.text() + ") after it ends (" + to.text()
                    + ")");
        }
    }

    /**
     * Whether no reading puts {@code from} at or before {@code to}. Ends are compared by the calendar
     * days written, so that earliest day never passes latest day; on one shared day, by time when
     * both ends carry one and both or neither have a shift (a local time cannot be ordered against
     * an instant).
     */
    private static boolean startsAfterEnd(EdtfDate from, EdtfDate to) {
        if (from.earliestDay() != to.latestDay()) {
            return from.earliestDay() > to.latestDay();
        }
        if (from.time().isEmpty() || to.time().isEmpty()) {
            return false;
        }
        EdtfDate.TimeOfDay first = from.time().get();
        EdtfDate.TimeOfDay last = to.time().get();
        if (first.offset().isPresent() != last.offset().isPresent()) {
            return false;
        }
        if (first.offset().isEmpty()) {
            return first.time().isAfter(last.time());
        }
        LocalDate day = LocalDate.ofEpochDay(from.earliestDay());
        return OffsetDateTime.of(day, first.time(), first.offset().get())
                .isAfter(OffsetDateTime.of(day, last.time(), last.offset().get()));
    }

    /**
     * Parses one EDTF level 0 or level 1 expression; surrounding whitespace is ignored.
     *
     * @throws EdtfException if {@code text} is null, is not EDTF, uses a level 2 feature, or names a
     *     day that does not exist; the message quotes {@code text} and says what is wrong
     */
    public static Edtf parse(String text) {
        return EdtfParser.parse(text);
    }

    /** The single date {@code date}. */
    public static Edtf of(EdtfDate date) {
        return new Edtf(date.text(), date, date);
    }

    /** The interval from {@code start} to {@code end}; at least one must be a date. */
    public static Edtf interval(EdtfEndpoint start, EdtfEndpoint end) {
        return new Edtf(start.text() + "/" + end.text(), start, end);
    }

    /**
     * The days a query filter asks for, from the two optional ends of a search form: {@code from}
     * contributes its earliest day and {@code to} its latest, so {@code from=2022-01&to=2022-01} is
     * all of January 2022. A null or blank end is absent and leaves that side unbounded, because
     * query parameters arrive as null when missing.
     *
     * @throws EdtfException if an end is not EDTF, or if {@code from} starts after {@code to} ends
     */
    public static Range parseRange(String from, String to) {
        Optional<Edtf> lower = isAbsent(from) ? Optional.empty() : Optional.of(parse(from));
        Optional<Edtf> upper = isAbsent(to) ? Optional.empty() : Optional.of(parse(to));
        return Range.between(lower, upper);
    }

    private static boolean isAbsent(String text) {
        return text == null || text.isBlank();
    }

    /** The first day this expression can mean, as {@link LocalDate#toEpochDay()}. */
    public long earliestDay() {
        return start.earliestDay();
    }

    /** The last day this expression can mean, as {@link LocalDate#toEpochDay()}. */
    public long latestDay() {
        return end.latestDay();
    }

    /** The first day, or empty when the start is open or unknown. */
    public Optional<LocalDate> earliest() {
        return start instanceof EdtfDate ? Optional.of(LocalDate.ofEpochDay(earliestDay())) : Optional.empty();
    }

    /** The last day, or empty when the end is open or unknown. */
    public Optional<LocalDate> latest() {
        return end instanceof EdtfDate ? Optional.of(LocalDate.ofEpochDay(latestDay())) : Optional.empty();
    }

    /** Whether this was written as an interval with {@code /}, even one whose ends are equal. */
    public boolean isInterval() {
        return text.indexOf('/') >= 0;
    }

    /** The date, when this is a single date rather than an interval. */
    public Optional<EdtfDate> date() {
        return isInterval() ? Optional.empty() : Optional.of((EdtfDate) start);
    }

    /** Whether any date in it is qualified uncertain ({@code ?} or {@code %}). */
    public boolean uncertain() {
        return qualifierOf(start).isUncertain() || qualifierOf(end).isUncertain();
    }

    /** Whether any date in it is qualified approximate ({@code ~} or {@code %}). */
    public boolean approximate() {
        return qualifierOf(start).isApproximate() || qualifierOf(end).isApproximate();
    }

    private static EdtfDate.Qualifier qualifierOf(EdtfEndpoint endpoint) {
        return endpoint instanceof EdtfDate date ? date.qualifier() : EdtfDate.Qualifier.NONE;
    }

    /**
     * Whether some day this expression can mean lies in {@code fromDay..toDay}, both inclusive, as
     * {@link LocalDate#toEpochDay()} values. A filter keeps what might match rather than only what
     * surely matches: {@code 1990?} overlaps 1990 although it may be another year.
     *
     * @throws IllegalArgumentException if {@code fromDay} is after {@code toDay}
     */
    public boolean overlaps(long fromDay, long toDay) {
        if (fromDay > toDay) {
            throw new IllegalArgumentException("fromDay " + fromDay + " is after toDay " + toDay);
        }
        return earliestDay() <= toDay && latestDay() >= fromDay;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * An inclusive span of days for filtering, as {@link LocalDate#toEpochDay()} values, either side
     * possibly unbounded.
     *
     * @param fromDay the first day, or {@link Edtf#UNBOUNDED_EARLIEST}
     * @param toDay the last day, or {@link Edtf#UNBOUNDED_LATEST}
     */
    public record Range(long fromDay, long toDay) {

        /** Every day: the filter of a search form left empty. */
        public static final Range ALL = new Range(UNBOUNDED_EARLIEST, UNBOUNDED_LATEST);

        public Range {
            if (fromDay < UNBOUNDED_EARLIEST || toDay > UNBOUNDED_LATEST) {
                throw new IllegalArgumentException("range " + fromDay + ".." + toDay + " leaves the days java.time"
                        + " can represent");
            }
            if (fromDay > toDay) {
                throw new IllegalArgumentException("range starts on day " + fromDay + " after it ends on day " + toDay);
            }
        }

        /** From the earliest day of {@code from} to the latest day of {@code to}; an absent side is unbounded. */
        public static Range between(Optional<Edtf> from, Optional<Edtf> to) {
            long fromDay = from.map(Edtf::earliestDay).orElse(UNBOUNDED_EARLIEST);
            long toDay = to.map(Edtf::latestDay).orElse(UNBOUNDED_LATEST);
            if (fromDay > toDay) {
                throw EdtfException.combination("range from " + EdtfException.quote(from.orElseThrow().text())
                        + " to " + EdtfException.quote(to.orElseThrow().text())
                        + " is empty: \"from\" starts after \"to\" ends");
            }
            return new Range(fromDay, toDay);
        }

        /** Whether {@code edtf} may fall in this range; see {@link Edtf#overlaps(long, long)}. */
        public boolean includes(Edtf edtf) {
            return edtf.overlaps(fromDay, toDay);
        }

        /** The first day, or empty when unbounded (or on {@link LocalDate#MIN}, the same for filtering). */
        public Optional<LocalDate> from() {
            return fromDay == UNBOUNDED_EARLIEST ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(fromDay));
        }

        /** The last day, or empty when unbounded (or on {@link LocalDate#MAX}, the same for filtering). */
        public Optional<LocalDate> to() {
            return toDay == UNBOUNDED_LATEST ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(toDay));
        }
    }
}
