package jp.banso.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxls.builder.JxlsOutputFile;
import org.jxls.expression.ExpressionEvaluatorFactoryJexlImpl;
import org.jxls.expression.JxlsJexlPermissions;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/**
 * Fills a template with a form's data (JXLS 3 on POI), finishes the sheets ({@link SheetFinisher}) and writes the file
 * atomically: the workbook goes to a temporary file beside the target and is moved over it only when complete, so a
 * failure never leaves a half-written or broken hand-out behind.
 */
public final class ReportEngine {
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("(?:'([^']+)'|([^\\s!'\"]+))!\\$?([A-Z]{1,3})\\$?(\\d+)");

    private ReportEngine() {
    }

    /** Writes {@code out}; the template must have passed {@link TemplateCheck} (which gives {@code info}). */
    public static void write(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Record data, Path out) {
        Path tmp = writeTemporary(template, info, data, out);
        try {
            commit(tmp, out);
        } finally {
            discard(tmp);
        }
    }

    /**
     * Fills the template into a temporary file beside {@code out} and returns it; {@link #commit} moves it into place,
     * {@link #discard} removes it. Several files of one export are all written before any is put in place.
     */
    public static Path writeTemporary(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Record data, Path out) {
        Map<String, Object> map = DataMaps.toMap(data);
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".banso-", ".xlsx.tmp");
            fill(template, info, map, tmp);
            Path done = tmp;
            tmp = null;
            return done;
        } catch (IOException e) {
            throw new ReportException("ファイルを書き込めません: " + out + "\n（" + e.getMessage() + "）", e);
        } finally {
            discard(tmp);
        }
    }

    /** Moves a finished temporary file over the target (atomically where the file system can). */
    public static void commit(Path tmp, Path out) {
        try {
            move(tmp, out);
        } catch (IOException e) {
            throw new ReportException("ファイルを書き込めません: " + out + "\n（" + e.getMessage() + "）"
                    + "\nExcel などで開いている場合は閉じてから、もう一度出力してください。", e);
        }
    }

    public static void discard(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a temporary file the OS will clear; the user's files are untouched
        }
    }

    private static void fill(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Map<String, Object> map, Path tmp) {
        ConditionalFormats.Held held = ConditionalFormats.takeOut(template.bytes());
        try {
            JxlsPoiTemplateFillerBuilder.newInstance()
                    .withExceptionThrower()
                    // templates may come from users: strict (a misspelt name is an error) and no Java beyond the data
                    .withExpressionEvaluatorFactory(new ExpressionEvaluatorFactoryJexlImpl(false, true, JxlsJexlPermissions.RESTRICTED))
                    .withCommand("image", FitImageCommand.class)
                    .withPreWriteAction(new SheetFinisher(info, held.bySheet()))
                    .withTemplate(new ByteArrayInputStream(held.template()))
                    .buildAndFill(map, new JxlsOutputFile(tmp));
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(template, e);
        }
    }

    /** A JXLS failure in the user's words: the template, the cell if JXLS named one, and what JXLS said. */
    static ReportException translate(ReportTemplates.Source template, RuntimeException e) {
        String place = "";
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = CELL_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (place.isEmpty() && m.find()) {
                String sheet = m.group(1) != null ? m.group(1) : m.group(2);
                place = "シート「" + sheet + "」のセル " + m.group(3) + m.group(4);
            }
            if (t.getCause() == null && t != e) {
                detail = detail + "（" + t.getMessage() + "）";
            }
        }
        return new ReportException("テンプレート「" + template.describe() + "」で出力できませんでした"
                + (place.isEmpty() ? "" : "（" + place + "）") + "：" + detail + TemplateCheck.hint(template),
                template.describe(), place, e);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
