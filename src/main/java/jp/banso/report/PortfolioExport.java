package jp.banso.report;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Portfolio;
import jp.banso.report.forms.PortfolioForm;

/**
 * Writes a portfolio's 市町村一覧 (令和8年度_栃木県_市町村一覧.xlsx) into a folder: the same template lookup (a
 * {@code portfolio.xlsx} in the data folder's templates/reports replaces the built-in one), the same check before
 * anything is written, and the same atomic write as the case hand-outs ({@link ReportEngine}). Runs off the FX thread;
 * the portfolio page and {@code banso export --portfolio} call it.
 */
public final class PortfolioExport {
    private final ReportTemplates templates;

    /** @param dataDirectory the store's folder (for a restyled template); null for the built-in template only */
    public PortfolioExport(Path dataDirectory) {
        this.templates = new ReportTemplates(dataDirectory);
    }

    /** Writes the 一覧 into {@code folder} (made if missing), replacing a file of the same name; returns the file. */
    public Path write(Portfolio portfolio, Path folder) {
        if (portfolio.prefectures().isEmpty()) {
            throw new ReportException("都道府県を選んでください");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ReportException("出力先がフォルダではありません: " + folder);
        }
        PortfolioForm form = FormRegistry.PORTFOLIO;
        ReportTemplates.Source source = templates.resolve(form.id());
        TemplateCheck.TemplateInfo info = TemplateCheck.check(source, Schema.of(form.dataType()));
        Record data = form.build(portfolio);
        Path out = folder.resolve(fileName(portfolio));
        ReportEngine.write(source, info, data, form.appendix(portfolio, data), out);
        return out;
    }

    /** 令和8年度_栃木県_市町村一覧.xlsx (several prefectures joined by ・), the 年度 of the portfolio's day. */
    public static String fileName(Portfolio portfolio) {
        return FileNames.of(JapaneseDates.fiscalYearLabel(JapaneseDates.fiscalYearOf(portfolio.today())),
                String.join("・", portfolio.prefectures()), null, FormRegistry.PORTFOLIO.title());
    }

    public ReportTemplates templates() {
        return templates;
    }
}
