package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prefecture's template in {@code <data>/templates/reports/} replaces the built-in one by name; a broken one stops
 * the export with a Japanese message naming the file and the cell, and nothing is written.
 */
class TemplateOverrideTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateInTheDataFolderWinsOverTheBuiltInOne() throws Exception {
        Path out = dir.resolve("out");
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> x.setTheme("通所Ｃの立て直し"));
            ReportFixtures.override(store, "meeting-record", wb -> {
                wb.getSheetAt(0).getRow(0).getCell(0).setCellValue("○○県様式第3号　伴走支援記録票");
                wb.getSheetAt(0).setColumnWidth(0, 20 * 256);
            });
            var r = ReportFixtures.export(store, m, out, "meeting-record", "issue-sheet");
            assertThat(r.files()).hasSize(2);
            assertThat(r.notes()).containsExactly("支援記録票：データフォルダのテンプレート（"
                    + ReportTemplates.overrideDir(store.directory()).resolve("meeting-record.xlsx") + "）を使いました");
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和8年度_さくら市_第1回現地支援_支援記録票.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(Sheets.text(Sheets.cell(s, 0, 0))).isEqualTo("○○県様式第3号　伴走支援記録票");
            assertThat(s.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(Sheets.text(Sheets.right(Sheets.find(s, "テーマ")))).isEqualTo("通所Ｃの立て直し");
        }
        try (XSSFWorkbook wb = Sheets.open(out.resolve("令和8年度_さくら市_第1回現地支援_課題整理表.xlsx"))) {
            assertThat(Sheets.text(Sheets.cell(wb.getSheetAt(0), 0, 0))).isEqualTo("課題整理表（課題一覧シート）"); // still the built-in one
        }
    }

    @Test
    void brokenMarkupIsNamedWithTheFileAndCellAndNothingIsWritten() throws Exception {
        String[] cell = new String[1];
        assertBroken(wb -> {
            Sheet s = wb.getSheetAt(0);
            for (Map.Entry<CellAddress, ? extends Comment> e : s.getCellComments().entrySet()) {
                String text = e.getValue().getString().getString();
                if (text.contains("items=\"participants\"")) {
                    e.getValue().setString(new XSSFRichTextString(text.substring(0, text.length() - 1))); // the closing ) is gone
                    cell[0] = e.getKey().formatAsString();
                }
            }
        }, "「)」で終わっていません");
        assertThat(cell[0]).isNotNull();
        assertThat(lastMessage).contains("シート「支援記録票」のセル " + cell[0]).contains("meeting-record.xlsx")
                .contains("組み込みの様式で出力できます");
        assertThat(lastPlace).isEqualTo("シート「支援記録票」のセル " + cell[0]);
    }

    @Test
    void aMisspeltFieldIsNamedWithItsCellAndTheFieldsThatExist() throws Exception {
        String[] at = new String[1];
        assertBroken(wb -> {
            Cell c = findText(wb.getSheetAt(0), "${m.place}");
            c.setCellValue("${m.plase}");
            at[0] = c.getAddress().formatAsString();
        }, "項目「m.plase」はありません");
        assertThat(lastMessage).contains("セル " + at[0]).contains("place");
    }

    @Test
    void anUnknownCommandAndAnUnclosedExpressionAreNamed() throws Exception {
        assertBroken(wb -> {
            Sheet s = wb.getSheetAt(0);
            for (Comment c : s.getCellComments().values()) {
                String text = c.getString().getString();
                if (text.contains("items=\"parts\"")) {
                    c.setString(new XSSFRichTextString(text.replace("jx:each", "jx:eech")));
                }
            }
            findText(s, "${m.summary}").setCellValue("${m.summary");
        }, "命令「jx:eech」はありません");
        assertThat(lastMessage).contains("「${」に対応する「}」がありません");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> { });
            Path file = ReportTemplates.overrideDir(store.directory()).resolve("meeting-record.xlsx");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "これは Excel ファイルではありません");
            Path out = dir.resolve("out");
            assertThatThrownBy(() -> ReportFixtures.export(store, m, out, "issue-sheet", "meeting-record"))
                    .isInstanceOf(ReportException.class).hasMessageContaining(file.toString()).hasMessageContaining("Excel ファイル（.xlsx）として読めません");
            assertThat(ReportFixtures.filesIn(out)).isEmpty();
        }
    }

    @Test
    void aFailureWhileFillingNamesTheCellAndLeavesNoFile() throws Exception {
        assertBroken(wb -> findText(wb.getSheetAt(0), "${m.place}").setCellValue("${m.place.substring(100)}"), "出力できませんでした");
        assertThat(lastPlace).startsWith("シート「支援記録票」のセル B");
    }

    @Test
    void aTemplateCannotReachBeyondItsData() throws Exception {
        // a template from a shared folder must not run code: the check refuses it before JEXL (whose restricted
        // permissions would turn it blank without a word) ever sees it. The expression writes its file before it returns
        // (no process to wait for), so once the export has returned, the file's absence shows that nothing ran
        Path marker = dir.resolve("pwned");
        assertRefusedAtPlaceCell("${" + writesFile(marker) + "}", "Java の仕組みに触れる書き方はできません");
        assertThat(marker).doesNotExist();
        // … where nothing stops it, the same expression does write its file
        Path proof = dir.resolve("proof");
        new JexlBuilder().permissions(JexlPermissions.UNRESTRICTED).create().createExpression(writesFile(proof))
                .evaluate(new MapContext(Map.of("m", Map.of("place", "さくら市役所"))));
        assertThat(proof).exists();
    }

    /** An expression that creates {@code file} through Java's own classes (a forward slash works as the separator everywhere). */
    private static String writesFile(Path file) {
        return "m.place.getClass().forName('java.io.FileOutputStream').getConstructor(m.place.getClass())"
                + ".newInstance('" + file.toString().replace('\\', '/') + "').close()";
    }

    /**
     * Issue 13 item 5: each of these exported a blank cell (or the class of a value, or changed the data) without a
     * word; now the template is refused naming the cell, as for a misspelt field.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "${m.place.getClass().forName('java.lang.Runtime')}", // a method call on getClass()
        "${m.place.class.forName('java.lang.Runtime')}", // a property chain to the class
        "${m.place.getClass().getClassLoader()}", // the class loader
        "${m['class']}", // a member named by a string
        "${m.place['cl' + 'ass']}", // … built from pieces
        "${m[['class'][0]]}", // … or from a list
        "${'x'.getClass().getName()}", // a literal's class
        "${m.place.getClass().getDeclaredMethods()}", // reflection
        "${m.place.class.getResource('/')}", // resources
        "${m.place.getClass()}", // printed the class name
        "${new('java.lang.StringBuilder')}", // new
        "${m.place = 'zz'}", // changed the data
    })
    void aForbiddenExpressionIsRefusedNamingItsCell(String expression) throws Exception {
        assertRefusedAtPlaceCell(expression, "は使えません");
        assertThat(lastMessage).contains("式「" + expression.substring(2, expression.length() - 1) + "」は使えません");
    }

    @Test
    void ordinaryExpressionsAreNotMistakenForForbiddenOnes() {
        for (String ok : new String[] {"m.place", "m.status == 'wait'", "m.votes >= 2 && m.votes != 3", "parts[0].title", "parts[i].title",
            "m.place.substring(0, 2)", "size(parts) > 0", "m.place =~ ['a', 'b']", "m.title + '（' + m.place + '）'", "n.text.length()"}) {
            assertThat(TemplateCheck.forbidden(ok)).as(ok).isNull();
        }
    }

    private String lastMessage;
    private String lastPlace;

    /** Exports two forms with a broken meeting-record template: the message says {@code expected}, and no file exists. */
    private void assertBroken(java.util.function.Consumer<XSSFWorkbook> breakIt, String expected) throws Exception {
        try (Store store = Store.open(dir.resolve("data-" + System.nanoTime()))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> x.setPlace("さくら市役所"));
            Path template = ReportFixtures.override(store, "meeting-record", breakIt);
            Path out = dir.resolve("out-" + System.nanoTime());
            Files.createDirectories(out);
            ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                    () -> ReportFixtures.export(store, m, out, "issue-sheet", "meeting-record"));
            lastMessage = e.getMessage();
            lastPlace = e.place();
            assertThat(e.getMessage()).contains(template.toString()).contains(expected);
            assertThat(e.template()).isEqualTo(template.toString());
            assertThat(ReportFixtures.filesIn(out)).as("nothing written, no temporary file").isEmpty();
        }
    }

    /** Puts {@code text} where the template has ${m.place}, expects a refusal saying {@code expected} naming that cell. */
    private void assertRefusedAtPlaceCell(String text, String expected) throws Exception {
        String[] at = new String[1];
        assertBroken(wb -> {
            Cell c = findText(wb.getSheetAt(0), "${m.place}");
            c.setCellValue(text);
            at[0] = c.getAddress().formatAsString();
        }, expected);
        assertThat(lastPlace).isEqualTo("シート「支援記録票」のセル " + at[0]);
        assertThat(lastMessage).contains("シート「支援記録票」のセル " + at[0] + "：");
    }

    private static Cell findText(Sheet s, String text) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no " + text);
    }
}
