package jp.banso.ui;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.chart.PrefectureCharts;

/**
 * A prefecture's towns at a glance, for the portfolio page: states at each 年度's end (stacked), the moves between
 * states, and the stages reached — one tab each, so each chart has the whole pane (read on a projector, saved as a
 * slide with its own 「画像（PNG）で保存…」).
 */
public final class PrefectureChartsPane extends TabPane {
    private final ChartView states = new ChartView();
    private final ChartView transitions = new ChartView();
    private final ChartView stages = new ChartView();

    public PrefectureChartsPane() {
        setId("prefecture-charts");
        getStyleClass().add("prefecture-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        states.setId("prefecture-states");
        transitions.setId("prefecture-transitions");
        stages.setId("prefecture-stages");
        getTabs().addAll(tab("prefecture.chart.states", states), tab("prefecture.chart.transitions", transitions),
                tab("prefecture.chart.stages", stages));
    }

    private static Tab tab(String key, ChartView chart) {
        Tab t = new Tab(Msg.t(key), chart);
        t.setId(chart.getId() + "-tab");
        return t;
    }

    /** Draws the charts of these rows (the portfolio as filtered), titled with the prefecture(s), e.g. 栃木県. */
    public void show(String title, List<PortfolioRow> rows) {
        states.show(PrefectureCharts.statesByYear(title, rows));
        transitions.show(PrefectureCharts.transitions(title, rows));
        stages.show(PrefectureCharts.stages(title, rows));
    }
}
