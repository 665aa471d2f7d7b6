package jp.banso.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a form's template comes from: {@code <data folder>/templates/reports/<name>.xlsx} if the user put one there
 * (a prefecture's restyled form), else the one built into the app ({@code /jp/banso/report/templates/<name>.xlsx}).
 * The 報告会 deck's template follows the same rule in {@code templates/slides/} ({@link #resolveSlides}).
 */
public final class ReportTemplates {
    public static final String RESOURCE_DIR = "/jp/banso/report/templates/";

    private final Path overrideDir;
    private final Path slidesDir;

    /** @param dataDirectory the store's folder; null for built-in templates only */
    public ReportTemplates(Path dataDirectory) {
        this.overrideDir = dataDirectory == null ? null : overrideDir(dataDirectory);
        this.slidesDir = dataDirectory == null ? null : slidesDir(dataDirectory);
    }

    public static Path overrideDir(Path dataDirectory) {
        return dataDirectory.resolve("templates").resolve("reports");
    }

    /** Where a restyled 報告会 deck template goes ({@code <data folder>/templates/slides/}). */
    public static Path slidesDir(Path dataDirectory) {
        return dataDirectory.resolve("templates").resolve("slides");
    }

    /** A template's bytes and where they came from. */
    public record Source(String fileName, boolean builtIn, Path path, byte[] bytes) {
        /** How messages name it: the user's file with its folder, or the built-in name. */
        public String describe() {
            return builtIn ? "組み込みの " + fileName : path.toString();
        }
    }

    public Source resolve(String templateName) {
        return resolve(overrideDir, templateName + ".xlsx");
    }

    /** The deck template {@code file} (e.g. 報告会.pptx): the user's in {@link #slidesDir}, else the built-in one. */
    public Source resolveSlides(String file) {
        return resolve(slidesDir, file);
    }

    private static Source resolve(Path overrideDir, String file) {
        if (overrideDir != null) {
            Path user = overrideDir.resolve(file);
            if (Files.isRegularFile(user)) {
                try {
                    return new Source(file, false, user, Files.readAllBytes(user));
                } catch (IOException e) {
                    java.util.logging.Logger.getLogger(ReportTemplates.class.getName()).log(java.util.logging.Level.WARNING, "reading " + user, e);
                    throw new ReportException("テンプレート「" + user + "」を読み込めません。ほかのアプリで開いている場合は閉じて、"
                            + "ファイルを読めるか確かめてから、もう一度出力してください", user.toString(), "", e);
                }
            }
        }
        try (InputStream in = ReportTemplates.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new ReportException("組み込みのテンプレート「" + file + "」が見つかりません（アプリが壊れている可能性があります）", file, "", null);
            }
            return new Source(file, true, null, in.readAllBytes());
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(ReportTemplates.class.getName()).log(java.util.logging.Level.WARNING, "reading " + file, e);
            throw new ReportException("組み込みのテンプレート「" + file + "」を読み込めません（アプリが壊れている可能性があります。入れ直してください）", file, "", e);
        }
    }

    public Path overrideDir() {
        return overrideDir;
    }
}
