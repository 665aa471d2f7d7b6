package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.banso.domain.chart.Chart;

/** A chart written natively into a workbook and onto a slide reads back with its series, gaps and colours. */
class NativeChartsTest {
    @TempDir
    Path dir;

    static final Chart LINE = new Chart("高齢化率の推移", Chart.Kind.LINE, "年度（基準日）", "高齢化率（%）",
            List.of("令和4年度", "令和5年度", "令和6年度"),
            List.of(new Chart.Series("さくら市", Arrays.asList(27.08, null, 28.4)),
                    new Chart.Series("目標", Arrays.asList(30.0, 30.0, 30.0), true)), null);
    static final Chart STACKED = new Chart("栃木県　年度末の状態", Chart.Kind.STACKED_BAR, "年度", "市町村数",
            List.of("令和4年度", "令和5年度"),
            List.of(new Chart.Series("ms", List.of(3.0, 1.0)), new Chart.Series("mS", List.of(1.0, 3.0))), null);

    @Test
    void aWorkbookChartReadsItsFiguresFromCellsAndLeavesTheGapEmpty() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet data = wb.createSheet("グラフデータ");
            XSSFSheet charts = wb.createSheet("グラフ");
            XSSFDrawing drawing = charts.createDrawingPatriarch();
            int next = NativeCharts.drawFromCells(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, 10, 20)), LINE, data, 0);
            NativeCharts.drawFromCells(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 22, 10, 42)), STACKED, data, next + 1);
            bytes = write(wb::write);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet data = wb.getSheet("グラフデータ");
            assertThat(data.getRow(2).getCell(1)).isNull(); // 令和5年度: no value, no zero
            assertThat(data.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(27.08);
            List<XSSFChart> charts = wb.getSheet("グラフ").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            XDDFChartData line = charts.get(0).getChartSeries().get(0);
            assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("グラフデータ!$B$2:$B$4");
            assertThat(charts.get(0).getCTChartSpace().xmlText()).contains("<c:f>グラフデータ!$C$1</c:f>"); // names from cells
            String xml = charts.get(0).getCTChartSpace().xmlText();
            assertThat(xml).contains("0072B2", "595959", "prstDash val=\"dash\"", "dispBlanksAs val=\"gap\"");
            assertThat(charts.get(1).getCTChartSpace().xmlText()).contains("stacked");
        }
        Files.write(dir.resolve("chart.xlsx"), bytes);
    }

    @Test
    void aSlideChartCarriesItsOwnWorkbook() throws Exception {
        byte[] bytes;
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlide slide = deck.createSlide();
            NativeCharts.addToSlide(deck, slide, LINE, new java.awt.Rectangle(40, 40, 600, 400));
            bytes = write(deck::write);
        }
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            XSLFChart chart = deck.getCharts().get(0);
            assertThat(deck.getSlides().get(0).getShapes().get(0).getAnchor().getWidth()).isEqualTo(600.0); // points, not EMU
            assertThat(chart.getTitleShape().getText()).isEqualTo("高齢化率の推移");
            XDDFChartData.Series s = chart.getChartSeries().get(0).getSeries(0);
            assertThat(s.getValuesData().getPointAt(0)).isEqualTo(27.08);
            // the cached points skip the gap: 令和5年度 (index 1) has none
            assertThat(chart.getCTChartSpace().xmlText()).contains("<c:f>Sheet0!$B$2:$B$4</c:f>")
                    .containsPattern("<c:pt idx=\"0\">\\s*<c:v>27.08</c:v>").containsPattern("<c:pt idx=\"2\">\\s*<c:v>28.4</c:v>");
            assertThat(chart.getWorkbook().getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(28.4);
        }
        Files.write(dir.resolve("chart.pptx"), bytes);
    }

    @Test
    void aChartWithNothingToPlotIsRefusedBeforeAnythingIsWrittenAndCountsStepByWholeTowns() throws IOException {
        Chart empty = new Chart("人口の推移", Chart.Kind.LINE, "年度", "人口（人）", List.of(), List.of(), "基準日ごとの数値がまだありません");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet data = wb.createSheet("グラフデータ");
            XSSFDrawing drawing = wb.createSheet("グラフ").createDrawingPatriarch();
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> NativeCharts.drawFromCells(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, 5, 5)), empty, data, 0));
            assertThat(data.getPhysicalNumberOfRows()).isZero();
        }
        assertThat(NativeCharts.smallCounts(STACKED)).isTrue();
        assertThat(NativeCharts.smallCounts(LINE)).isFalse();
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] write(Writer w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }
}
