package jp.banso.report;

import java.util.List;
import java.util.Objects;
import jp.banso.domain.chart.Chart;

/**
 * A hand-out built from some input {@code I}: its template ({@link #id()}{@code .xlsx}), its Japanese title, the record
 * its template reads, its flat データ sheet and its charts. A case's forms ({@link ReportForm}, input {@link ReportInput})
 * and the prefecture's 市町村一覧 ({@link PortfolioForm}, input {@link jp.banso.domain.Portfolio}) share this, so both
 * go through the same template lookup, {@link TemplateCheck}, {@link ReportEngine} and {@link DataSheets}.
 */
public abstract class Handout<I> {
    private final String id;
    private final String title;
    private final String description;
    private final Class<? extends Record> dataType;

    protected Handout(String id, String title, String description, Class<? extends Record> dataType) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.dataType = Objects.requireNonNull(dataType);
    }

    /** Template name and command-line name, e.g. {@code meeting-record}. */
    public final String id() {
        return id;
    }

    /** The form's Japanese name, used in file names and the dialog, e.g. 支援記録票. */
    public final String title() {
        return title;
    }

    /** One line for the export dialog. */
    public final String description() {
        return description;
    }

    /** The record {@link #build} returns: the names its template may use (see {@link Schema}). */
    public final Class<? extends Record> dataType() {
        return dataType;
    }

    /** The data for one file. Runs off the FX thread. */
    public abstract Record build(I input);

    /**
     * The form's rows as one flat table for its データ sheet (see {@link DataTable}), from the input and what
     * {@link #build} made of it. The one place a form says what its machine-readable rows are.
     */
    public abstract DataTable table(I input, Record built);

    /** Charts for a グラフ sheet (drawn natively, reading their figures from cells); none by default. */
    public List<Chart> charts(I input) {
        return List.of();
    }

    /** What {@link ReportEngine} adds after filling the template: the データ sheet and the charts. */
    public final Appendix appendix(I input, Record built) {
        return new Appendix(table(input, built), charts(input));
    }
}
