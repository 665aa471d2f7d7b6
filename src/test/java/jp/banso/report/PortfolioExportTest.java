package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseState;
import jp.banso.domain.Portfolio;
import jp.banso.domain.chart.PrefectureCharts;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 市町村一覧 of 栃木県 with the demo case: every town a row, the gaps shown, 要フォロー with its reason, native charts. */
class PortfolioExportTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private Portfolio tochigi(Store store) {
        DemoCase.create(store);
        return store.portfolio().load(List.of("栃木県"), TODAY);
    }

    @Test
    void everyTownOfThePrefectureIsARowWithTheGapsAndTheFollowUpShown() throws Exception {
        Path file;
        try (Store store = Store.open(dir.resolve("data"))) {
            file = new PortfolioExport(store.directory()).write(tochigi(store), dir.resolve("out"));
        }
        assertThat(file.getFileName()).hasToString("令和8年度_栃木県_市町村一覧.xlsx");
        assertThat(ReportFixtures.filesIn(dir.resolve("out"))).containsExactly(file); // no temporary file left
        try (XSSFWorkbook wb = Sheets.open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("市町村一覧");
            assertThat(wb.getSheet(TemplateCheck.HELP_SHEET_PREFIX)).isNull();
            Sheet s = wb.getSheetAt(0);
            assertThat(Sheets.text(Sheets.cell(s, 0, 0))).isEqualTo("栃木県　市町村一覧");
            assertThat(Sheets.date(Sheets.right(Sheets.find(s, "作成日")))).isEqualTo(TODAY);
            Cell code = Sheets.find(s, "団体コード");
            assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(code.getRowIndex()); // the header on every page
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            int first = code.getRowIndex() + 1;
            int rows = 0;
            while (s.getRow(first + rows) != null && s.getRow(first + rows).getCell(0) != null
                    && !s.getRow(first + rows).getCell(0).getStringCellValue().isEmpty()) {
                rows++;
            }
            assertThat(rows).isEqualTo(25);
            assertThat(Sheets.text(Sheets.cell(s, first, 0))).isEqualTo("092011");
            assertThat(Sheets.text(Sheets.cell(s, first, 1))).isEqualTo("宇都宮市");
            assertThat(Sheets.text(Sheets.cell(s, first, 2))).isEqualTo("未支援");
            Cell sakura = Sheets.find(s, "さくら市");
            assertThat(Sheets.text(Sheets.cell(s, sakura.getRowIndex(), 0))).isEqualTo("092142");
            assertThat(Sheets.text(Sheets.cell(s, sakura.getRowIndex(), 2))).isEqualTo("令和4年度");
            assertThat(Sheets.text(Sheets.cell(s, sakura.getRowIndex(), 4))).isEqualTo("mS → MS2");
            assertThat(Sheets.text(Sheets.cell(s, sakura.getRowIndex(), 10))).contains("支援終了後12か月以上");

            XSSFSheet data = wb.getSheet(DataSheets.DATA);
            assertThat(DataSheetRulesTest.followsTheRules(file.getFileName().toString(), data)).isFalse();
            assertThat(data.getLastRowNum()).isEqualTo(25);
            List<String> headers = Sheets.all(data).stream().filter(c -> c.getRowIndex() == 0).map(Cell::getStringCellValue).toList();
            Cell followUp = data.getRow(sakura.getRowIndex() - first + 1).getCell(headers.indexOf("要フォロー（1＝要）"));
            assertThat(Sheets.number(followUp)).isEqualTo(1.0);
            assertThat(Sheets.text(data.getRow(1).getCell(headers.indexOf(DataTable.MUNICIPALITY)))).isEqualTo("宇都宮市");
            assertThat(data.getRow(1).getCell(headers.indexOf("支援件数（件）")).getNumericCellValue()).isZero();

            List<XSSFChart> charts = wb.getSheet(DataSheets.CHARTS).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3); // states by 年度, transitions, stages
            assertThat(charts.get(0).getTitleText().getString()).startsWith("栃木県　年度末の状態");
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(CaseState.values().length);
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .startsWith(DataSheets.CHART_DATA + "!");
            assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("mS → MS2");
        }
    }

    @Test
    void severalPrefecturesAreOneFileWithChartsForEachOrWhyThereAreNone() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            DemoCase.create(store);
            Path file = new PortfolioExport(store.directory()).write(store.portfolio().load(List.of("栃木県", "群馬県"), TODAY), dir);
            assertThat(file.getFileName()).hasToString("令和8年度_栃木県・群馬県_市町村一覧.xlsx");
            try (XSSFWorkbook wb = Sheets.open(file)) {
                XSSFSheet charts = wb.getSheet(DataSheets.CHARTS);
                // 栃木県: three; 群馬県: no state recorded (said in words), its stages all zero (a chart with its note)
                assertThat(charts.getDrawingPatriarch().getCharts()).hasSize(4);
                assertThat(Sheets.find(charts, "群馬県　年度末の状態：" + PrefectureCharts.NO_STATE)).isNotNull();
                assertThat(Sheets.find(wb.getSheetAt(0), "栃木県 さくら市")).isNotNull();
                assertThat(wb.getSheet(DataSheets.DATA).getLastRowNum()).isEqualTo(25 + 35);
            }
        }
    }

    @Test
    void aRestyledTemplateIsUsedAndABrokenOneIsNamedBeforeAnythingIsWritten() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Portfolio p = tochigi(store);
            ReportFixtures.override(store, "portfolio", wb -> wb.getSheetAt(0).getRow(0).getCell(0).setCellValue("○○県　伴走支援の状況"));
            Path file = new PortfolioExport(store.directory()).write(p, dir.resolve("out"));
            try (XSSFWorkbook wb = Sheets.open(file)) {
                assertThat(Sheets.text(Sheets.cell(wb.getSheetAt(0), 0, 0))).isEqualTo("○○県　伴走支援の状況");
                assertThat(wb.getSheet(DataSheets.DATA)).isNotNull(); // added after filling, whatever the template
            }
            Path template = ReportFixtures.override(store, "portfolio",
                    wb -> Sheets.find(wb.getSheetAt(0), "${r.next}").setCellValue("${r.nxt}"));
            assertThatThrownBy(() -> new PortfolioExport(store.directory()).write(p, dir.resolve("out2")))
                    .isInstanceOf(ReportException.class).hasMessageContaining(template.toString()).hasMessageContaining("項目「r.nxt」はありません");
            assertThat(ReportFixtures.filesIn(dir.resolve("out2"))).isEmpty();
        }
    }
}
