package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.banso.cases.DemoCase;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.SupportCase;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ロードマップ and モニタリングシート of the さくら市 demo case, read back with POI. */
class RoadmapFormsTest {
    @TempDir
    static Path dir;
    static Store store;
    static SupportCase demo;
    static Path roadmapFile;
    static Path monitoringFile;

    @BeforeAll
    static void export() {
        store = Store.open(dir.resolve("data"));
        demo = DemoCase.create(store);
        RoadmapModel model = new RoadmapModel(store.roadmaps(), store.boards(), demo.getId());
        RoadmapItem hostile = model.addItem("=HYPERLINK(\"http://example.com\",\"x\")", YearMonth.of(2023, 4));
        RoadmapItem e = model.editableCopy(hostile.getId());
        e.setOwners("+1");
        e.setIndicatorName("@SUM(A1)");
        e.setStatus(ItemStatus.ON_HOLD);
        model.update(e);
        model.addProgress(hostile.getId(), LocalDate.of(2023, 5, 1), "-2", 10, "=1+1", "府県");
        ExportService service = new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2023, 3, 31));
        var result = service.run(new ExportService.Request(demo.getId(), null,
                List.of(FormRegistry.find("ロードマップ").orElseThrow(), FormRegistry.find("monitoring").orElseThrow()), dir.resolve("out")),
                (d, t, m) -> { });
        roadmapFile = result.files().stream().filter(f -> f.getFileName().toString().endsWith("_ロードマップ.xlsx")).findFirst().orElseThrow();
        monitoringFile = result.files().stream().filter(f -> f.getFileName().toString().endsWith("_モニタリングシート.xlsx")).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theRoadmapHasARowPerItemAndABarOfStatusLettersOverThreeFiscalYears() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(roadmapFile)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2); // the form and its データ sheet; the help sheet is not handed out
            assertThat(wb.getSheetName(1)).isEqualTo(DataSheets.DATA);
            Sheet s = wb.getSheetAt(0);
            Cell title = Sheets.find(s, "通所Ｃの実施方法を見直す（送迎・随時開始）");
            int row = title.getRowIndex();
            Cell firstYear = Sheets.find(s, "令和5年度");
            int april = firstYear.getColumnIndex();
            assertThat(s.getRow(firstYear.getRowIndex() + 1).getCell(april).getStringCellValue()).isEqualTo("4月");
            assertThat(Sheets.find(s, "令和6年度").getColumnIndex()).isEqualTo(april + 12);
            assertThat(Sheets.find(s, "令和7年度").getColumnIndex()).isEqualTo(april + 24);
            // each 年度 label is merged over its twelve month columns and centred there (not running across the grid)
            for (int y = 0; y < 3; y++) {
                CellRangeAddress year = new CellRangeAddress(firstYear.getRowIndex(), firstYear.getRowIndex(), april + 12 * y, april + 12 * y + 11);
                assertThat(s.getMergedRegions()).as("年度 " + (y + 1)).anyMatch(r -> r.formatAsString().equals(year.formatAsString()));
                assertThat(s.getRow(firstYear.getRowIndex()).getCell(april + 12 * y).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            }
            // the indicator's 段階 and 現状値 beside its name and target
            Cell header = Sheets.find(s, "指標");
            assertThat(List.of(Sheets.right(header), Sheets.right(Sheets.right(header)), Sheets.right(Sheets.right(Sheets.right(header)))))
                    .extracting(Cell::getStringCellValue).containsExactly("段階", "現状値", "目標値");
            int rate = Sheets.find(s, "要介護認定率の推移を評価し、次期計画に反映する").getRowIndex();
            assertThat(s.getRow(rate).getCell(header.getColumnIndex()).getStringCellValue()).isEqualTo("要介護認定率（第1号被保険者）");
            assertThat(s.getRow(rate).getCell(header.getColumnIndex() + 1).getStringCellValue()).isEqualTo("最終アウトカム");
            assertThat(s.getRow(rate).getCell(header.getColumnIndex() + 2).getStringCellValue()).isEqualTo("16.9%");
            assertThat(s.getRow(rate).getCell(header.getColumnIndex() + 3).getStringCellValue()).isEqualTo("県平均以下");
            // R5.4–R6.3, 完了, milestone R5.10.1: 完 in every month but October, ◆ there, nothing from R6.4
            for (int m = 0; m < 12; m++) {
                assertThat(s.getRow(row).getCell(april + m).getStringCellValue()).isEqualTo(m == 6 ? "◆" : "完");
            }
            assertThat(text(s.getRow(row).getCell(april + 12))).isEmpty();
            // R6.4–R9.3 進行中: from April R6 to the last column
            int care = Sheets.find(s, "介護予防ケアマネジメントの考え方をそろえる").getRowIndex();
            assertThat(text(s.getRow(care).getCell(april + 11))).isEmpty();
            assertThat(s.getRow(care).getCell(april + 12).getStringCellValue()).isEqualTo("進");
            assertThat(s.getRow(care).getCell(april + 35).getStringCellValue()).isEqualTo("進");
            assertThat(Sheets.right(Sheets.find(s, "R6.4〜R9.3")).getStringCellValue()).isEqualTo("自立支援型地域ケア会議の開催回数");
            // user text starting with = + - @ stays text
            Cell hostile = Sheets.find(s, "=HYPERLINK(\"http://example.com\",\"x\")");
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(Sheets.find(s, "+1").getCellType()).isEqualTo(CellType.STRING);
            assertThat(Sheets.find(s, "@SUM(A1)").getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(hostile.getRowIndex()).getCell(april).getStringCellValue()).isEqualTo("保");
            // the bars are coloured by the template's conditional formatting, one rule per status and ◆
            assertThat(s.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(6);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(wb.getPrintArea(0)).endsWith("$AT$" + (hostile.getRowIndex() + 1)); // 10 item columns + 36 months
        }
    }

    @Test
    void theMonitoringSheetListsEveryEntryUnderItsItem() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(monitoringFile)) {
            Sheet s = wb.getSheetAt(0);
            Cell item = Sheets.find(s, "通所Ｃの実施方法を見直す（送迎・随時開始）");
            int row = item.getRowIndex();
            assertThat(Sheets.right(Sheets.find(s, "指標")).getStringCellValue()).isEqualTo("段階");
            assertThat(s.getRow(row).getCell(4).getStringCellValue()).isEqualTo("通所Ｃの利用者数");
            assertThat(s.getRow(row).getCell(5).getStringCellValue()).isEqualTo("初期アウトカム");
            assertThat(s.getRow(row).getCell(6).getStringCellValue()).isEqualTo("38人"); // 現状値: the latest entry's value
            assertThat(s.getRow(row).getCell(7).getStringCellValue()).isEqualTo("年40人");
            Cell recorded = s.getRow(row).getCell(9);
            assertThat(recorded.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 29));
            assertThat(recorded.getCellStyle().getDataFormatString()).contains("ggge");
            assertThat(s.getRow(row).getCell(10).getStringCellValue()).isEqualTo("12人");
            assertThat(s.getRow(row).getCell(11).getNumericCellValue()).isEqualTo(30);
            assertThat(s.getRow(row).getCell(12).getStringCellValue()).isEqualTo("送迎付きの市内2会場で10月から新方式");
            // the second entry of the same item on the next row, the item's columns left blank
            assertThat(text(s.getRow(row + 1).getCell(1))).isEmpty();
            assertThat(s.getRow(row + 1).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(s.getRow(row + 1).getCell(10).getStringCellValue()).isEqualTo("38人");
            // No. is a number, item by item (1, 2, 3 …), on each item's first row
            List<Double> numbers = new java.util.ArrayList<>();
            for (int r = Sheets.find(s, "No.").getRowIndex() + 1; r <= s.getLastRowNum(); r++) {
                Cell no = s.getRow(r) == null ? null : s.getRow(r).getCell(0);
                if (no != null && no.getCellType() != CellType.BLANK) {
                    assertThat(no.getCellType()).as("No. in row " + (r + 1)).isEqualTo(CellType.NUMERIC);
                    numbers.add(no.getNumericCellValue());
                }
            }
            assertThat(numbers).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
            assertThat(s.getRow(row).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getPrintArea(0)).startsWith("モニタリングシート!$A$1:$N$");
            Cell hostileComment = Sheets.find(s, "=1+1");
            assertThat(hostileComment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(Sheets.find(s, "-2").getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK ? "" : c.getStringCellValue();
    }
}
