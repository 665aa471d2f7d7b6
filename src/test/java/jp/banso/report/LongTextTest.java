package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record section of 5,000 characters and a 2,000-character note: wrapped, all printed, line breaks kept. */
class LongTextTest {
    @TempDir
    Path dir;

    @Test
    void textTallerThanARowContinuesInRowsBelowWithNothingLost() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; b.length() < 5_100; i++) {
            b.append(i).append("．通所型サービスＣの利用者を増やすために、送迎と教室の開始時期を見直し、卒業後の活躍の場を関係者で話し合う。");
            b.append(i % 3 == 0 ? "\n" : "");
        }
        String summary = b.substring(0, 4_990);
        String note = "付箋の長い発言".repeat(280);
        Path out = dir.resolve("out");
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> {
                x.setSummary(summary);
                x.setTheme("短いテーマ");
            });
            var board = BoardModel.create(store.boards(), m.getCaseId(), m.getId(), "長い付箋", TemplateLibrary.load(null).defaultTemplate());
            BoardModel model = new BoardModel(store.boards(), board.getId());
            model.addNote(model.lanes().get(0).getId(), note, null);
            model.addNote(model.lanes().get(0).getId(), "次の付箋", null);
            ReportFixtures.export(store, m, out, "meeting-record", "group-work");
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和8年度_さくら市_第1回現地支援_支援記録票.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            Cell label = Sheets.find(s, "まとめ");
            String joined = continued(s, label.getRowIndex(), 1);
            assertThat(joined.replace("\n", "")).isEqualTo(summary.replace("\n", ""));
            assertThat(Sheets.text(Sheets.right(label))).contains("\n"); // line breaks kept inside a row
            int rows = rowsOf(s, label.getRowIndex(), 1);
            assertThat(rows).isGreaterThan(2);
            for (int r = label.getRowIndex(); r < label.getRowIndex() + rows; r++) {
                assertThat(s.getRow(r).getHeightInPoints()).isBetween(r < label.getRowIndex() + rows - 1 ? 300f : 18f, 409f);
                assertThat(s.getMergedRegions()).as("row " + (r + 1) + " keeps the text merged across B:H")
                        .contains(new CellRangeAddress(r, r, 1, 7));
            }
            // what came after is still there, moved down with its merges
            Cell items = Sheets.find(s, "宿題（アクション）");
            assertThat(items.getRowIndex()).isGreaterThan(label.getRowIndex() + rows);
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(items.getRowIndex(), items.getRowIndex(), 0, 7));
            assertThat(wb.getPrintArea(0)).endsWith("$" + (s.getLastRowNum() + 1));
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和8年度_さくら市_第1回現地支援_グループワーク記録.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            Cell first = Sheets.find(s, "あるべき姿（2枚）");
            int row = first.getRowIndex() + 2;
            StringBuilder joined = new StringBuilder();
            int rows = 0;
            while (joined.length() < note.length()) {
                Cell c = Sheets.cell(s, row + rows, 2);
                assertThat(s.getRow(row + rows).getHeightInPoints()).isLessThanOrEqualTo(409f);
                joined.append(Sheets.text(c));
                rows++;
            }
            assertThat(joined.toString()).isEqualTo(note);
            assertThat(rows).isGreaterThan(1);
            assertThat(Sheets.text(Sheets.cell(s, row + rows, 2))).isEqualTo("次の付箋");
        }
    }

    /** The text of a cell and of the cells below it that continue it (their first column is empty). */
    private static String continued(Sheet s, int row, int col) {
        StringBuilder b = new StringBuilder();
        int n = rowsOf(s, row, col);
        for (int r = row; r < row + n; r++) {
            b.append(s.getRow(r).getCell(col).getStringCellValue());
        }
        return b.toString();
    }

    private static int rowsOf(Sheet s, int row, int col) {
        int n = 1;
        while (true) {
            Row next = s.getRow(row + n);
            Cell c = next == null ? null : next.getCell(col);
            Cell a = next == null ? null : next.getCell(0);
            boolean continues = c != null && c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()
                    && (a == null || a.getCellType() != CellType.STRING || a.getStringCellValue().isEmpty()) && col > 0;
            if (!continues) {
                return n;
            }
            n++;
        }
    }
}
