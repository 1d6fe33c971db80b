package org.pacta.app.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.Form;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.commitment.StatusChange.CommitmentStatus;

/**
 * {@code /analysis}: the seed's thesis ("it is harder to violate legal obligations than oral ones")
 * put to the record. For each form, how many commitments were recorded and how many were later
 * marked kept, broken, disputed or withdrawn in their status history, or were named in an allegation
 * of breach; by decade (or year) of the commitment. Every commitment counted is listed with a link.
 */
public final class AnalysisPage {

    private AnalysisPage() {
    }

    /** One commitment and what later happened to it, as its status history and the allegations tell. */
    public record Counted(Commitment commitment, boolean kept, boolean broken, boolean disputed, boolean withdrawn,
            boolean alleged) {

        /** Marked broken, disputed or withdrawn, or alleged broken: its keeping is contested. */
        public boolean challenged() {
            return broken || disputed || withdrawn || alleged;
        }
    }

    public record FormStats(Form form, List<Counted> commitments) {
        public long recorded() {
            return commitments.size();
        }

        public long kept() {
            return commitments.stream().filter(Counted::kept).count();
        }

        public long broken() {
            return commitments.stream().filter(Counted::broken).count();
        }

        public long disputed() {
            return commitments.stream().filter(Counted::disputed).count();
        }

        public long withdrawn() {
            return commitments.stream().filter(Counted::withdrawn).count();
        }

        public long alleged() {
            return commitments.stream().filter(Counted::alleged).count();
        }

        public long challenged() {
            return commitments.stream().filter(Counted::challenged).count();
        }
    }

    /** One period's counts per form, in form order. */
    public record Period(String label, List<FormStats> forms) {
    }

    public record AnalysisView(boolean byYear, List<FormStats> forms, List<Period> periods, AnalysisChart.Chart chart) {
    }

    static void show(PageRequest r) {
        Snapshot s = r.s();
        boolean byYear = r.param("by").map(b -> {
            if (!b.equals("year") && !b.equals("decade")) {
                throw new PageException(400, "error.badChoice", "by", b);
            }
            return b.equals("year");
        }).orElse(false);
        List<Counted> all = new ArrayList<>();
        for (Commitment c : s.commitments.values()) {
            List<CommitmentStatus> marked = s.statusChanges.getOrDefault(c.id(), List.of()).stream()
                    .map(StatusChange::status).toList();
            all.add(new Counted(c, marked.contains(CommitmentStatus.KEPT), marked.contains(CommitmentStatus.BROKEN),
                    marked.contains(CommitmentStatus.DISPUTED), marked.contains(CommitmentStatus.WITHDRAWN),
                    !s.allegationsAbout(c.id()).isEmpty()));
        }
        List<FormStats> forms = byForm(all);
        Map<Integer, List<Counted>> grouped = new TreeMap<>();
        for (Counted counted : all) {
            int year = yearOf(counted.commitment());
            grouped.computeIfAbsent(byYear ? year : Math.floorDiv(year, 10) * 10, k -> new ArrayList<>()).add(counted);
        }
        List<Period> periods = new ArrayList<>();
        grouped.forEach((start, counted) -> periods.add(new Period(byYear ? Integer.toString(start)
                : r.page().m("analysis.decade", Integer.toString(start)), byForm(counted))));
        r.show("analysis.jte", r.page().m("analysis.title"),
                new AnalysisView(byYear, forms, periods, AnalysisChart.chart(periods)));
    }

    private static int yearOf(Commitment commitment) {
        return java.time.LocalDate.ofEpochDay(commitment.date().earliestDay()).getYear();
    }

    private static List<FormStats> byForm(List<Counted> counted) {
        List<FormStats> out = new ArrayList<>();
        for (Form form : Form.values()) {
            out.add(new FormStats(form, counted.stream().filter(c -> c.commitment().form() == form).toList()));
        }
        return out;
    }
}
