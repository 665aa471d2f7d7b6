package jp.banso.domain.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.banso.domain.CaseState;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.Stage;

/**
 * A prefecture's towns at a glance: their states by 年度, the moves between states, and the stages reached. The
 * charts count towns (a town supported in several cases is one town with one history).
 */
public final class PrefectureCharts {
    public static final String NO_STATE = "状態（ms / mS / MS2 / MS1）を記録した市町村がまだありません";
    public static final String NO_TRANSITION = "状態が変わった市町村はまだありません（2回以上、違う状態を記録すると表示されます）";
    public static final String NO_STAGE = "到達段階を記録した市町村がまだありません";

    private PrefectureCharts() {
    }

    /**
     * For each 年度 from the first recorded state to the last, how many towns were in each state at its end (the
     * latest state recorded on or before 31 March), stacked.
     */
    public static Chart statesByYear(String title, List<PortfolioRow> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> r.stateHistory().forEach(p -> years.add(JapaneseDates.fiscalYearOf(p.on()))));
        List<Integer> span = years.isEmpty() ? List.of()
                : java.util.stream.IntStream.rangeClosed(years.first(), years.last()).boxed().toList();
        Map<CaseState, List<Double>> counts = new LinkedHashMap<>();
        for (CaseState s : CaseState.values()) {
            counts.put(s, new ArrayList<>());
        }
        for (int year : span) {
            LocalDate end = JapaneseDates.fiscalYearEnd(year);
            int[] n = new int[CaseState.values().length];
            for (PortfolioRow r : rows) {
                CaseState at = null;
                for (PortfolioRow.StatePoint p : r.stateHistory()) {
                    if (!p.on().isAfter(end)) {
                        at = p.state();
                    }
                }
                if (at != null) {
                    n[at.ordinal()]++;
                }
            }
            for (CaseState s : CaseState.values()) {
                counts.get(s).add((double) n[s.ordinal()]);
            }
        }
        List<Chart.Series> series = counts.entrySet().stream()
                .map(e -> new Chart.Series(e.getKey().label(), e.getValue())).toList();
        Chart chart = new Chart(title + "　年度末の状態", Chart.Kind.STACKED_BAR, "年度", "市町村数",
                span.stream().map(JapaneseDates::fiscalYearLabel).toList(), series, null);
        return span.isEmpty() ? chart.withNote(NO_STATE) : chart;
    }

    /** How many times towns moved from one state to another ("ms → mS"), in the order of the states. */
    public static Chart transitions(String title, List<PortfolioRow> rows) {
        Map<String, Integer> counts = new TreeMap<>((a, b) -> Arrays.compare(order(a), order(b)));
        for (PortfolioRow r : rows) {
            CaseState previous = null;
            for (PortfolioRow.StatePoint p : r.stateHistory()) {
                if (previous != null && p.state() != previous) {
                    counts.merge(previous.label() + " → " + p.state().label(), 1, Integer::sum);
                }
                previous = p.state();
            }
        }
        Chart chart = new Chart(title + "　状態の変化（件数）", Chart.Kind.BAR, "変化", "件数", List.copyOf(counts.keySet()),
                List.of(new Chart.Series("件数", counts.values().stream().map(Integer::doubleValue).toList())), null);
        return counts.isEmpty() ? chart.withNote(NO_TRANSITION) : chart;
    }

    /** How many towns reached each stage (the furthest any of their cases reached). */
    public static Chart stages(String title, List<PortfolioRow> rows) {
        int[] n = new int[Stage.values().length];
        boolean any = false;
        for (PortfolioRow r : rows) {
            if (r.stage() != null) {
                n[r.stage().ordinal()]++;
                any = true;
            }
        }
        Chart chart = new Chart(title + "　到達段階", Chart.Kind.BAR, "段階", "市町村数",
                Arrays.stream(Stage.values()).map(Stage::numberedLabel).toList(),
                List.of(new Chart.Series("市町村数", Arrays.stream(n).mapToDouble(i -> i).boxed().toList())), null);
        return any ? chart : chart.withNote(NO_STAGE);
    }

    /** "ms → MS2" as the two states' positions, so moves sort by where they start, then where they end. */
    private static int[] order(String transition) {
        String[] parts = transition.split(" → ");
        return new int[] {CaseState.valueOf(parts[0]).ordinal(), CaseState.valueOf(parts[1]).ordinal()};
    }
}
