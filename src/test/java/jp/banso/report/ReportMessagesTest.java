package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 9: what the user reads when a template fails is Japanese and says what to do; the libraries' English
 * (POI's zip-bomb text, JXLS's "Failed to transform", POI's "Error evaluating cell", a parser's DOCTYPE complaint) goes
 * to the log, and nothing prints a stack trace.
 */
class ReportMessagesTest {
    @TempDir
    Path dir;

    /** Fragments of library text that must never reach the user. */
    private static final String[] ENGLISH = {"bugzilla", "Zip bomb", "Failed to", "Error evaluating", "Exception", "org.", "DOCTYPE is",
        "CellData", "unsolvable", "\tat "};

    @Test
    void aZipBombTemplateIsRefusedInJapanese() throws Exception {
        String message = refusal(zip -> withEntry(zip, "xl/media/padding.xml", ("<a>" + " ".repeat(20_000_000) + "</a>").getBytes(StandardCharsets.UTF_8)));
        assertThat(message).contains("Excel ファイル（.xlsx）として読めません").contains("保存し直した");
    }

    @Test
    void aDoctypeInTheContentTypesIsRefusedInJapanese() throws Exception {
        String message = refusal(zip -> replaceEntry(zip, "[Content_Types].xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>")));
        assertThat(message).contains("Excel ファイル（.xlsx）として読めません").contains("DOCTYPE").contains("保存し直した");
    }

    @Test
    void aFailingExpressionIsNamedInJapaneseWithItsCell() throws Exception {
        String message = refusal(template(wb -> find(wb.getSheetAt(0), "${m.place}").setCellValue("${m.place.substring(100)}")));
        assertThat(message).contains("シート「支援記録票」のセル B").contains("式「${m.place.substring(100)}」を計算できませんでした")
                .contains("確かめてください");
    }

    @Test
    void aFormulaThatCannotBeEvaluatedIsNamedInJapanese() throws Exception {
        String message = refusal(template(wb -> {
            var cell = wb.getSheetAt(0).getRow(2).createCell(0);
            cell.getCTCell().addNewF().setStringValue("GETPIVOTDATA(\"x\",B4)");
        }));
        assertThat(message).contains("シート「支援記録票」のセル A3").contains("数式を計算できませんでした").contains("確かめてください");
    }

    /** Exports with the template changed by {@code change} and returns the message; asserts it is the user's language. */
    private String refusal(UnaryOperator<byte[]> change) throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting m = ReportFixtures.caseWithVisit(store, x -> x.setPlace("さくら市役所"));
            Path template = ReportTemplates.overrideDir(store.directory()).resolve("meeting-record.xlsx");
            Files.createDirectories(template.getParent());
            try (InputStream in = ReportMessagesTest.class.getResourceAsStream(ReportTemplates.RESOURCE_DIR + "meeting-record.xlsx")) {
                Files.write(template, change.apply(in.readAllBytes()));
            }
            Path out = dir.resolve("out");
            ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                    () -> ReportFixtures.export(store, m, out, "meeting-record"));
            assertThat(e.getMessage()).contains(template.toString()).doesNotContain(ENGLISH);
            assertThat(ReportFixtures.filesIn(out)).isEmpty();
            return e.getMessage();
        }
    }

    private static UnaryOperator<byte[]> template(java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> edit) {
        return bytes -> {
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                edit.accept(wb);
                wb.write(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) {
        return rewrite(zip, name, content, null);
    }

    private static byte[] replaceEntry(byte[] zip, String name, UnaryOperator<String> edit) {
        return rewrite(zip, name, null, edit);
    }

    private static byte[] rewrite(byte[] zip, String name, byte[] added, UnaryOperator<String> edit) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (edit != null && e.getName().equals(name)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            if (added != null) {
                out.putNextEntry(new ZipEntry(name));
                out.write(added);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Cell find(Sheet s, String text) {
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
