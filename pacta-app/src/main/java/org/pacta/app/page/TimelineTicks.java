package org.pacta.app.page;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.core.date.Edtf;

/**
 * Where the timeline's axis gets its ticks, and which carry a label: five-year steps over decades,
 * years over a few years, quarters or months over months, days over weeks. Labels are EDTF at the
 * tick's own precision ({@code 1995}, {@code 2022-01}, {@code 2022-01-10}), so they read in the page's
 * language through the same formatter as every other date.
 */
final class TimelineTicks {

    record Tick(long day, Optional<Edtf> label) {
    }

    private TimelineTicks() {
    }

    static List<Tick> ticks(long fromDay, long toDay) {
        LocalDate from = LocalDate.ofEpochDay(fromDay);
        LocalDate to = LocalDate.ofEpochDay(toDay);
        long days = toDay - fromDay + 1;
        List<Tick> out = new ArrayList<>();
        if (days > 366L * 12) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                add(out, LocalDate.of(year, 1, 1), fromDay, toDay,
                        year % 5 == 0 ? Optional.of(Edtf.parse(Integer.toString(year))) : Optional.empty());
            }
        } else if (days > 366L * 2) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                add(out, LocalDate.of(year, 1, 1), fromDay, toDay, Optional.of(Edtf.parse(Integer.toString(year))));
            }
        } else if (days > 120) {
            for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                boolean labelled = days <= 240 || (month.getMonthValue() - 1) % 3 == 0;
                add(out, month, fromDay, toDay, labelled ? Optional.of(Edtf.parse(month.toString().substring(0, 7)))
                        : Optional.empty());
            }
        } else {
            long step = days > 62 ? 14 : days > 21 ? 7 : days > 8 ? 2 : 1;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                boolean labelled = ChronoUnit.DAYS.between(from, day) % step == 0;
                add(out, day, fromDay, toDay, labelled ? Optional.of(Edtf.parse(day.toString())) : Optional.empty());
            }
        }
        return out;
    }

    private static void add(List<Tick> out, LocalDate day, long fromDay, long toDay, Optional<Edtf> label) {
        long epochDay = day.toEpochDay();
        if (epochDay >= fromDay && epochDay <= toDay) {
            out.add(new Tick(epochDay, label));
        }
    }
}
