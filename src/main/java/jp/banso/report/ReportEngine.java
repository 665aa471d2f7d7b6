package jp.banso.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxls.builder.JxlsOutput;
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
    private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());
    /** JXLS names the cell's text: {@code CellData{Sheet!B6, cellType=STRING, cellValue=${m.place.x()}}}. */
    private static final Pattern EXPRESSION_IN_MESSAGE = Pattern.compile("cellValue=(\\$[\\[{].*?[}\\]])\\}");
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("(?:'([^']+)'|([^\\s!'\"]+))!\\$?([A-Z]{1,3})\\$?(\\d+)");

    private ReportEngine() {
    }

    /**
     * Writes {@code out}; the template must have passed {@link TemplateCheck} (which gives {@code info}); the
     * {@code appendix} (データ sheet, charts) is added after filling.
     */
    public static void write(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Record data, Appendix appendix, Path out) {
        Path tmp = writeTemporary(template, info, data, appendix, out);
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
    public static Path writeTemporary(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Record data, Appendix appendix,
                                      Path out) {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".banso-", ".xlsx.tmp");
            fill(template, info, data, appendix, new JxlsOutputFile(tmp));
            Path done = tmp;
            tmp = null;
            return done;
        } catch (IOException e) {
            throw new ReportException(writeProblem(out, e), e);
        } finally {
            discard(tmp);
        }
    }

    /** Moves a finished temporary file over the target (atomically where the file system can). */
    public static void commit(Path tmp, Path out) {
        try {
            move(tmp, out);
        } catch (IOException e) {
            throw new ReportException(writeProblem(out, e), e);
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

    /** Fills the template and writes the workbook to {@code out} (a file, or nowhere for the {@link WarmUp}). */
    static void fill(ReportTemplates.Source template, TemplateCheck.TemplateInfo info, Record data, Appendix appendix, JxlsOutput out) {
        Map<String, Object> map = DataMaps.toMap(data);
        ConditionalFormats.Held held = ConditionalFormats.takeOut(template.bytes());
        try {
            JxlsPoiTemplateFillerBuilder.newInstance()
                    .withExceptionThrower()
                    // templates may come from users: strict (a misspelt name is an error) and no Java beyond the data
                    .withExpressionEvaluatorFactory(new ExpressionEvaluatorFactoryJexlImpl(false, true, JxlsJexlPermissions.RESTRICTED))
                    .withCommand("image", FitImageCommand.class)
                    .withPreWriteAction(new SheetFinisher(info, held.bySheet(), appendix))
                    .withTemplate(new ByteArrayInputStream(held.template()))
                    .buildAndFill(map, out);
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(template, e);
        }
    }

    /**
     * A JXLS or POI failure in the user's words: the template, the cell if one was named, the expression, and what to
     * do. The libraries' own text (English, with class names) goes to the log.
     */
    static ReportException translate(ReportTemplates.Source template, RuntimeException e) {
        LOG.log(Level.WARNING, "filling template " + template.describe() + " failed", e);
        String place = "";
        String expression = null;
        boolean formula = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher m = CELL_IN_MESSAGE.matcher(message);
            if (place.isEmpty() && m.find()) {
                String sheet = m.group(1) != null ? m.group(1) : m.group(2);
                place = "シート「" + sheet + "」のセル " + m.group(3) + m.group(4);
            }
            Matcher x = EXPRESSION_IN_MESSAGE.matcher(message);
            if (expression == null && x.find()) {
                expression = x.group(1);
            }
            formula |= message.contains("Error evaluating cell") || message.contains("Failed to set formula")
                    || t instanceof org.apache.poi.ss.formula.eval.NotImplementedException
                    || t instanceof org.apache.poi.ss.formula.FormulaParseException;
        }
        String what;
        if (formula) {
            what = "数式を計算できませんでした。この数式が Excel で正しく計算されるか、使っている関数や参照先を確かめてください";
        } else if (expression != null) {
            what = "式「" + expression + "」を計算できませんでした。項目名、かっこや引用符の対応、メソッドの使い方を確かめてください";
        } else {
            what = "テンプレートの命令（jx:…）や式を処理できませんでした。テンプレートを Excel で開き、メモの命令とセルの式を確かめてください";
        }
        return new ReportException("テンプレート「" + template.describe() + "」で出力できませんでした"
                + (place.isEmpty() ? "" : "（" + place + "）") + "：" + what + TemplateCheck.hint(template),
                template.describe(), place, e);
    }

    /** What went wrong writing a file, in the user's words (the system's text goes to the log). */
    static String writeProblem(Path out, IOException e) {
        LOG.log(Level.WARNING, "writing " + out + " failed", e);
        String reason = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String why;
        if (e instanceof java.nio.file.AccessDeniedException) {
            why = "このフォルダに書き込む権限がありません。別の出力先を選んでください";
        } else if (reason.contains("no space") || reason.contains("disk full") || reason.contains("not enough space")) {
            why = "ディスクの空きがありません。不要なファイルを削除して空きを作ってから、もう一度出力してください";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null && reason.contains("read-only")) {
            why = "出力先が読み取り専用です。別の出力先を選んでください";
        } else {
            why = "Excel などで開いている場合は閉じてから、もう一度出力してください。続くときは別の出力先を選んでください";
        }
        return "ファイルを書き込めません: " + out + "\n" + why;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
