package jp.banso.report;

import java.util.List;
import jp.banso.domain.chart.Chart;

/**
 * What {@link ReportEngine} adds to a filled workbook, whatever its template (a user's restyled one too): the flat
 * データ sheet and, when there are any, the charts on a グラフ sheet. Written by {@link DataSheets}.
 */
public record Appendix(DataTable table, List<Chart> charts) {
    /** Nothing added (the engine's warm-up). */
    public static final Appendix NONE = new Appendix(null, List.of());

    public Appendix {
        charts = List.copyOf(charts);
    }
}
