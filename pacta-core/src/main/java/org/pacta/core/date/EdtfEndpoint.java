package org.pacta.core.date;

/**
 * One end of an EDTF interval: a date, an open end ({@code ..}, "and onwards" or "and before") or an
 * unknown end (written as nothing, as in {@code 1985-04/}), per EDTF level 1 "Extended Interval".
 * A single date is an {@link EdtfDate} standing alone.
 *
 * <p>Both kinds of missing end are unbounded on their side, so a filter never drops an interval for
 * what its author did not know: an open end claims no bound, and an unknown end has a bound nobody
 * recorded, which may lie anywhere on that side. They differ only in how they are displayed.
 */
public sealed interface EdtfEndpoint permits EdtfDate, EdtfEndpoint.Open, EdtfEndpoint.Unknown {

    /** An open end, {@code ..}: the interval runs on without a bound on this side. */
    Open OPEN = new Open();

    /** An unknown end, the empty string: the interval has a bound here that was not recorded. */
    Unknown UNKNOWN = new Unknown();

    /** The EDTF spelling of this end: the date, {@code ..} or the empty string. */
    String text();

    /** The first day this end can be, as {@link java.time.LocalDate#toEpochDay()}. */
    long earliestDay();

    /** The last day this end can be, as {@link java.time.LocalDate#toEpochDay()}. */
    long latestDay();

    /** The {@code ..} end. Use {@link #OPEN}; all instances are equal. */
    record Open() implements EdtfEndpoint {
        @Override
        public String text() {
            return "..";
        }

        @Override
        public long earliestDay() {
            return Edtf.UNBOUNDED_EARLIEST;
        }

        @Override
        public long latestDay() {
            return Edtf.UNBOUNDED_LATEST;
        }
    }

    /** The empty end. Use {@link #UNKNOWN}; all instances are equal. */
    record Unknown() implements EdtfEndpoint {
        @Override
        public String text() {
            return "";
        }

        @Override
        public long earliestDay() {
            return Edtf.UNBOUNDED_EARLIEST;
        }

        @Override
        public long latestDay() {
            return Edtf.UNBOUNDED_LATEST;
        }
    }
}
