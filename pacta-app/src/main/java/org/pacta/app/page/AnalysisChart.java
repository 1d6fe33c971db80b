package org.pacta.app.page;

import java.util.ArrayList;
import java.util.List;
import org.pacta.core.commitment.Form;

/**
 * The geometry of the analysis chart: for each period, one bar per form, as tall as the number of
 * commitments recorded, the part later challenged drawn solid and the rest hatched-light, with the
 * numbers written above. Pure.
 */
public final class AnalysisChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 40;
    static final int TOP = 24;
    static final int BOTTOM = 250;

    private AnalysisChart() {
    }

    /** One bar: the whole (recorded) and its challenged part, both as y and height. */
    public record Bar(Form form, String period, double x, double width, double y, double height, double challengedY,
            double challengedHeight, long recorded, long challenged) {
        public double middle() {
            return TimelineChart.round(x + width / 2);
        }
    }

    public record GridLine(double y, long value) {
    }

    public record Label(double x, String text) {
    }

    public record Chart(int width, int height, int left, int top, int bottom, List<Bar> bars, List<GridLine> grid,
            List<Label> periods) {
    }

    static Chart chart(List<AnalysisPage.Period> periods) {
        long max = 1;
        for (AnalysisPage.Period period : periods) {
            for (AnalysisPage.FormStats stats : period.forms()) {
                max = Math.max(max, stats.recorded());
            }
        }
        long step = max <= 5 ? 1 : max <= 12 ? 2 : max <= 30 ? 5 : (long) Math.ceil(max / 6.0);
        long top = ((max + step - 1) / step) * step;
        double plot = BOTTOM - TOP;
        List<GridLine> grid = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            grid.add(new GridLine(TimelineChart.round(BOTTOM - value / (double) top * plot), value));
        }
        int forms = Form.values().length;
        double group = periods.isEmpty() ? 0 : (WIDTH - LEFT - 10) / (double) periods.size();
        double bar = Math.min(36, group / (forms + 1.5));
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            AnalysisPage.Period period = periods.get(i);
            double start = LEFT + i * group + (group - forms * bar - (forms - 1) * 4) / 2;
            labels.add(new Label(TimelineChart.round(LEFT + i * group + group / 2), period.label()));
            for (int f = 0; f < forms; f++) {
                AnalysisPage.FormStats stats = period.forms().get(f);
                double height = stats.recorded() / (double) top * plot;
                double challenged = stats.challenged() / (double) top * plot;
                bars.add(new Bar(stats.form(), period.label(), TimelineChart.round(start + f * (bar + 4)),
                        TimelineChart.round(bar), TimelineChart.round(BOTTOM - height), TimelineChart.round(height),
                        TimelineChart.round(BOTTOM - challenged), TimelineChart.round(challenged), stats.recorded(),
                        stats.challenged()));
            }
        }
        return new Chart(WIDTH, HEIGHT, LEFT, TOP, BOTTOM, bars, grid, labels);
    }
}
