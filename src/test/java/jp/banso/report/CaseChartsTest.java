package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.cases.DemoCase;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ケース概要 and the モニタリングシート carry native charts on a グラフ sheet, after the form and before its データ sheet. */
class CaseChartsTest {
    @TempDir
    Path dir;

    @Test
    void theProfileAndEveryIndicatorAreChartedFromCells() throws Exception {
        Path out = dir.resolve("out");
        int items;
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            items = store.roadmaps().items(c.getId()).size();
            new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2023, 3, 31)).run(new ExportService.Request(c.getId(), null,
                    List.of(ReportFixtures.form("case-summary"), ReportFixtures.form("monitoring")), out), (d, t, m) -> { });
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和4年度_さくら市_ケース概要.xlsx"))) {
            assertThat(wb.getSheetName(1)).isEqualTo(DataSheets.CHARTS);
            assertThat(wb.getSheetName(2)).isEqualTo(DataSheets.DATA);
            assertThat(wb.getSheetName(3)).isEqualTo(DataSheets.CHART_DATA);
            List<XSSFChart> charts = wb.getSheet(DataSheets.CHARTS).getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(ch -> ch.getTitleText().getString().lines().findFirst().orElseThrow())
                    .containsExactly("人口の推移（さくら市）", "高齢化率の推移（さくら市）");
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .startsWith(DataSheets.CHART_DATA + "!");
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和4年度_さくら市_モニタリングシート.xlsx"))) {
            List<XSSFChart> charts = wb.getSheet(DataSheets.CHARTS).getDrawingPatriarch().getCharts();
            assertThat(items).isPositive();
            assertThat(charts).hasSize(items); // every item of the demo has a recorded value
            // 実績 and the dashed 目標
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
            assertThat(wb.getSheet(DataSheets.CHARTS).getRowBreaks()).containsExactly(2 * DataSheets.CHART_ROWS - 1);
        }
    }
}
