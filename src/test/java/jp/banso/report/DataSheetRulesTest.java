package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hand-out's データ sheet follows 総務省's rules for machine-readable tables: one header row, no merges, no blank
 * rows, codes as six-digit text, dates as real dates, no formulas (a 課題 typed as a formula stays text).
 */
class DataSheetRulesTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    Path dir;

    @Test
    void everyFormsDataSheetIsMachineReadable() throws Exception {
        Path out = dir.resolve("out");
        List<Path> files = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            CaseIssue issue = new CaseIssue();
            issue.setCaseId(c.getId());
            issue.setStatement(HYPERLINK);
            issue.setLevel(IssueLevel.HIGH);
            store.boards().save(issue);
            LocalDate today = LocalDate.of(2023, 3, 31);
            files.addAll(new ExportService(store, BoardImages.NONE, () -> today).run(
                    new ExportService.Request(c.getId(), null, FormRegistry.all(), out), (d, t, m) -> { }).files());
            files.add(new PortfolioExport(store.directory()).write(store.portfolio().load(List.of("栃木県"), today), out));
        }
        Set<String> checked = new HashSet<>();
        boolean sawHyperlink = false;
        for (Path f : files) {
            String name = f.getFileName().toString();
            FormRegistry.handouts().stream().filter(h -> name.matches(".*_" + h.title() + "(_\\d+)?\\.xlsx")).forEach(h -> checked.add(h.id()));
            try (XSSFWorkbook wb = Sheets.open(f)) {
                sawHyperlink |= followsTheRules(name, wb.getSheet(DataSheets.DATA));
            }
        }
        assertThat(checked).as("every registered form was checked")
                .containsExactlyInAnyOrderElementsOf(FormRegistry.handouts().stream().map(Handout::id).toList());
        assertThat(sawHyperlink).as("the formula-like 課題 is on the 課題整理表's data sheet, as text").isTrue();
    }

    /** Checks the rules; returns whether the sheet holds the formula-like 課題 (as a quoted string). */
    static boolean followsTheRules(String file, XSSFSheet sheet) {
        assertThat(sheet).as(file + " has a データ sheet").isNotNull();
        assertThat(sheet.getMergedRegions()).as(file + " merged cells").isEmpty();
        assertThat(sheet.getPaneInformation().isFreezePane()).as(file + " frozen header").isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(file + " AutoFilter").isTrue();
        Row header = sheet.getRow(0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
            Cell h = header.getCell(c);
            assertThat(h).as(file + " header " + c).isNotNull();
            assertThat(h.getCellType()).isEqualTo(CellType.STRING);
            assertThat(h.getStringCellValue()).as(file + " header").isNotBlank().doesNotContain("\n");
            headers.add(h.getStringCellValue());
        }
        assertThat(headers.get(0)).isEqualTo(DataTable.CODE);
        assertThat(headers).contains(DataTable.PREFECTURE, DataTable.MUNICIPALITY);
        assertThat(sheet.getLastRowNum()).as(file + " has rows").isGreaterThanOrEqualTo(1);
        boolean hyperlink = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertThat(row).as(file + " row " + (r + 1) + " is not blank").isNotNull();
            assertThat(row.getPhysicalNumberOfCells()).as(file + " row " + (r + 1) + " is not blank").isPositive();
            assertThat(row.getLastCellNum()).as(file + " row " + (r + 1) + " within the headers").isLessThanOrEqualTo((short) headers.size());
            Cell code = row.getCell(0);
            assertThat(code.getCellType()).as(file + " 団体コード row " + (r + 1)).isEqualTo(CellType.STRING);
            assertThat(code.getStringCellValue()).matches("\\d{6}");
            for (Cell cell : row) {
                String h = headers.get(cell.getColumnIndex());
                String where = file + " " + cell.getAddress() + " (" + h + ")";
                assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
                boolean dateColumn = h.endsWith("日") || h.endsWith("月") || h.equals("マイルストーン");
                if (dateColumn) {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
                    assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("yyyy/mm/dd");
                } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("yyyy/mm/dd");
                } else if (cell.getCellType() == CellType.STRING && SheetFinisher.looksLikeFormula(cell.getStringCellValue())) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(where).isTrue();
                    hyperlink |= cell.getStringCellValue().equals(HYPERLINK);
                }
                if (h.endsWith("）") && h.contains("（") && cell.getCellType() == CellType.STRING) {
                    // a header with a unit holds numbers (or a marked text column such as 優先（1＝優先）)
                    assertThat(h).as(where + " unit header holds numbers").doesNotMatch(".*（(人|件|票|%|世帯|か所|数|km2)）");
                }
            }
        }
        return hyperlink;
    }
}
