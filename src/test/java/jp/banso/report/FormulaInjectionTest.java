package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.Meeting;
import jp.banso.domain.Participant;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from users that looks like a formula is written as text, never as a formula: in a note, a record, an issue. */
class FormulaInjectionTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    static final List<String> ATTACKS = List.of(HYPERLINK, "+1", "-2", "@SUM(A1)");

    @TempDir
    Path dir;

    @Test
    void formulaLikeTextStaysText() throws Exception {
        Path out = dir.resolve("out");
        List<Path> files;
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> {
                x.setSummary(HYPERLINK);
                x.setTheme("+1");
                x.setApproach("-2");
                x.setComments("@SUM(A1)");
                x.setPlace("=1+1");
            });
            Participant p = new Participant();
            p.setMeetingId(m.getId());
            p.setName("-2");
            p.setOrganisation("@SUM(A1)");
            store.meetings().save(p);
            var board = BoardModel.create(store.boards(), m.getCaseId(), m.getId(), "+1", TemplateLibrary.load(null).defaultTemplate());
            BoardModel model = new BoardModel(store.boards(), board.getId());
            for (String a : ATTACKS) {
                model.addNote(model.lanes().get(1).getId(), a, "@SUM(A1)");
            }
            CaseIssue issue = new CaseIssue();
            issue.setCaseId(m.getCaseId());
            issue.setStatement(HYPERLINK);
            issue.setVisionText("+1");
            issue.setCurrentText("-2");
            issue.setDirection("@SUM(A1)");
            issue.setDepartment(HYPERLINK);
            issue.setLevel(IssueLevel.HIGH);
            store.boards().save(issue);
            files = ReportFixtures.export(store, m, out, "meeting-record", "issue-sheet", "group-work", "year-schedule", "case-summary").files();
        }
        assertThat(files).hasSize(5);
        List<String> seen = new ArrayList<>();
        for (Path f : files) {
            try (XSSFWorkbook wb = Sheets.open(f)) {
                for (Sheet s : wb) {
                    for (Cell c : Sheets.all(s)) {
                        assertThat(c.getCellType()).as(f.getFileName() + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && SheetFinisher.looksLikeFormula(c.getStringCellValue())) {
                            seen.add(c.getStringCellValue());
                            assertThat(c.getCellStyle().getQuotePrefixed()).as(f.getFileName() + " " + c.getAddress()).isTrue();
                        }
                    }
                }
            }
        }
        // in the record, the participants, the notes and their authors, the issue, the board title and the place
        assertThat(seen).contains(HYPERLINK, "+1", "-2", "@SUM(A1)", "=1+1");
        assertThat(seen.stream().filter(HYPERLINK::equals).count()).isGreaterThanOrEqualTo(4);
        assertLiteralInMeetingRecord(out.resolve("令和8年度_さくら市_第1回現地支援_支援記録票.xlsx"));
        readIndependently(files);
    }

    private static void assertLiteralInMeetingRecord(Path file) throws IOException {
        try (XSSFWorkbook wb = Sheets.open(file)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(Sheets.text(Sheets.right(Sheets.find(s, "まとめ")))).isEqualTo(HYPERLINK);
            assertThat(Sheets.text(Sheets.right(Sheets.find(s, "テーマ")))).isEqualTo("+1");
            assertThat(Sheets.text(Sheets.right(Sheets.find(s, "進め方")))).isEqualTo("-2");
            assertThat(Sheets.text(Sheets.right(Sheets.find(s, "コメント（アドバイザー等から）")))).isEqualTo("@SUM(A1)");
        }
    }

    /** openpyxl (an independent reader, when installed) sees the same: strings, no formulas. */
    private static void readIndependently(List<Path> files) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        String script = String.join("\n",
                "import sys, openpyxl",
                "bad = []",
                "for f in sys.argv[1:]:",
                "    wb = openpyxl.load_workbook(f)",
                "    for ws in wb.worksheets:",
                "        for row in ws.iter_rows():",
                "            for c in row:",
                "                if c.data_type == 'f': bad.append(f + ' ' + c.coordinate)",
                "print('FORMULAS', len(bad), bad[:5])");
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "-c", script));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!output.contains("No module named 'openpyxl'"), "openpyxl not installed");
        assertThat(output).contains("FORMULAS 0 []");
    }
}
