package org.pacta.core.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Provisional EDTF value (level 0 and qualifiers); replaced by the full parser from the edtf branch. */
public record Edtf(String text, long earliestDay, long latestDay) {
    public static final long UNBOUNDED_EARLIEST = LocalDate.MIN.toEpochDay();
    public static final long UNBOUNDED_LATEST = LocalDate.MAX.toEpochDay();
    public static final Comparator<Edtf> TIMELINE_ORDER = Comparator.comparingLong(Edtf::earliestDay)
            .thenComparingLong(Edtf::latestDay).thenComparing(Edtf::text);
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?[?~%]?");

    public Edtf {
        Objects.requireNonNull(text, "text is null");
    }

    public static Edtf parse(String text) {
        if (text == null) {
            throw new EdtfException("date is missing");
        }
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            String a = t.substring(0, slash);
            String b = t.substring(slash + 1);
            long lo = a.isEmpty() || a.equals("..") ? UNBOUNDED_EARLIEST : single(t, a)[0];
            long hi = b.isEmpty() || b.equals("..") ? UNBOUNDED_LATEST : single(t, b)[1];
            if (lo > hi) {
                throw new EdtfException("\"" + t + "\" is not a valid EDTF date: the interval ends before it starts");
            }
            return new Edtf(t, lo, hi);
        }
        long[] bounds = single(t, t);
        return new Edtf(t, bounds[0], bounds[1]);
    }

    private static long[] single(String whole, String part) {
        Matcher m = DATE.matcher(part);
        if (!m.matches()) {
            throw new EdtfException("\"" + whole + "\" is not a valid EDTF date");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new long[] {LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()};
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new long[] {ym.atDay(1).toEpochDay(), ym.atEndOfMonth().toEpochDay()};
            }
            long day = ym.atDay(Integer.parseInt(m.group(3))).toEpochDay();
            return new long[] {day, day};
        } catch (java.time.DateTimeException e) {
            throw new EdtfException("\"" + whole + "\" is not a valid EDTF date: " + e.getMessage());
        }
    }
}
