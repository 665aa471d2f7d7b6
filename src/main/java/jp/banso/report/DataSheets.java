package jp.banso.report;

import java.time.LocalDate;
import java.util.List;
import jp.banso.domain.chart.Chart;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@link Appendix} into a filled workbook: the 「データ」 sheet (one header row in row 1, frozen, with an
 * AutoFilter; no merged cells, no blank rows; text as text — a 団体コード keeps its leading zero, and text that looks
 * like a formula is quote-prefixed so it stays text when edited; numbers as numbers; dates as dates shown yyyy/mm/dd),
 * and, when there are charts, a 「グラフ」 sheet of native charts ({@link NativeCharts#drawFromCells}) reading their
 * figures from a 「グラフデータ」 sheet, so they stay editable and can be re-plotted in Excel. The one writer of every
 * form's データ sheet; it runs after the template is filled, so a user's template cannot lose or break it.
 */
public final class DataSheets {
    public static final String DATA = "データ";
    public static final String CHARTS = "グラフ";
    public static final String CHART_DATA = "グラフデータ";
    static final String DATE_FORMAT = "yyyy/mm/dd";
    /** A chart's size on the グラフ sheet (columns of {@link #CHART_COLUMN_WIDTH} characters, default-height rows). */
    static final int CHART_COLUMNS = 8;
    static final int CHART_ROWS = 20;
    /** Rows of charts on one printed A4 landscape page; a page break follows, so no chart is cut in two. */
    static final int CHART_ROWS_PER_PAGE = 2;
    static final int CHART_COLUMN_WIDTH = 11;
    /** Widest column of the データ sheet, in characters; longer text wraps nowhere, it is simply cut off on screen. */
    private static final int MAX_WIDTH = 50;

    private DataSheets() {
    }

    /** Adds the appendix's sheets after the form's own: グラフ (if any), データ, グラフデータ (the charts' figures). */
    public static void append(XSSFWorkbook wb, Appendix appendix) {
        int after = wb.getNumberOfSheets();
        if (!appendix.charts().isEmpty()) {
            writeCharts(wb, appendix.charts());
            after++;
        }
        if (appendix.table() != null) {
            String name = uniqueName(wb, DATA);
            writeTable(wb, name, appendix.table());
            wb.setSheetOrder(name, after);
        }
    }

    private static void writeTable(XSSFWorkbook wb, String name, DataTable table) {
        XSSFSheet sheet = wb.createSheet(name);
        XSSFCellStyle header = wb.createCellStyle();
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setDataFormat(wb.createDataFormat().getFormat("@"));
        XSSFCellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        XSSFCellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        int columns = table.headers().size();
        int[] widths = new int[columns];
        XSSFRow top = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            XSSFCell cell = top.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(header);
            widths[c] = width(table.headers().get(c)) + 3; // room for the filter button
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                    cell.setCellStyle(text);
                    widths[c] = Math.max(widths[c], width(s));
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    widths[c] = Math.max(widths[c], 8);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                    widths[c] = Math.max(widths[c], 11);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256 + 200);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, table.rows().size()), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        // printed at full size over as many pages as it takes (shrunk to one page wide, twenty columns are unreadable)
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
    }

    private static void writeCharts(XSSFWorkbook wb, List<Chart> charts) {
        XSSFSheet sheet = wb.createSheet(uniqueName(wb, CHARTS));
        XSSFSheet figures = wb.createSheet(uniqueName(wb, CHART_DATA));
        for (int c = 0; c < 2 * CHART_COLUMNS; c++) {
            sheet.setColumnWidth(c, CHART_COLUMN_WIDTH * 256);
        }
        figures.setColumnWidth(0, 30 * 256);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int next = 0;
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            int col = (i % 2) * CHART_COLUMNS;
            int row = (i / 2) * CHART_ROWS;
            if (col == 0 && row > 0 && (i / 2) % CHART_ROWS_PER_PAGE == 0) {
                sheet.setRowBreak(row - 1);
            }
            if (!chart.hasValues()) {
                // nothing to plot: say so where the chart would be (a chart without a plot is not a valid chart part)
                XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
                r.createCell(col).setCellValue(chart.title() + "：" + (chart.note() == null ? "数値がありません" : chart.note()));
                continue;
            }
            var anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + CHART_COLUMNS, row + CHART_ROWS - 1);
            // the chart's title above its figures, so a reader of the グラフデータ sheet knows which table is which
            figures.createRow(next).createCell(0).setCellValue(chart.title());
            next = NativeCharts.drawFromCells(drawing.createChart(anchor), chart, figures, next + 1) + 1;
        }
        pageSetup(sheet);
        pageSetup(figures);
    }

    /** A4 landscape, one page wide (the charts, two across, and their small tables). */
    private static void pageSetup(XSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** The name, or with (2), (3)… when the template already has a sheet of that name. */
    static String uniqueName(XSSFWorkbook wb, String name) {
        String n = name;
        for (int i = 2; wb.getSheet(n) != null; i++) {
            n = name + "(" + i + ")";
        }
        return n;
    }

    /** Characters Excel needs to show {@code s}: two for a full-width character, one otherwise (the longest line). */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp < 0x2000 || cp >= 0xFF61 && cp <= 0xFF9F ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }
}
