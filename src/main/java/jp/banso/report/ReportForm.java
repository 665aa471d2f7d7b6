package jp.banso.report;

import java.util.Objects;
import jp.banso.domain.Meeting;

/**
 * One hand-out: its template ({@link #id()}{@code .xlsx}), its Japanese title, and the class that builds its data.
 * A form states what it is once, in its constructor ({@code super(id, title, description, scope, dataType)}), and
 * writes only {@link #build} (and {@link #unavailable} or {@link #inCaseExport} when it has a condition). Adding a
 * form = a template in {@code src/main/resources/jp/banso/report/templates/}, a subclass of this, and one line in
 * {@link FormRegistry}.
 */
public abstract class ReportForm {

    /** Per case (once, named with the meeting when exported from one) or per meeting. */
    public enum Scope { CASE, MEETING }

    private final String id;
    private final String title;
    private final String description;
    private final Scope scope;
    private final Class<? extends Record> dataType;

    protected ReportForm(String id, String title, String description, Scope scope, Class<? extends Record> dataType) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.scope = Objects.requireNonNull(scope);
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

    public final Scope scope() {
        return scope;
    }

    /** The record {@link #build} returns: the names its template may use (see {@link Schema}). */
    public final Class<? extends Record> dataType() {
        return dataType;
    }

    /** Why this form cannot be made for the meeting (null: it can). A meeting form gets a meeting, a case form may. */
    public String unavailable(CaseData data, Meeting meeting) {
        return null;
    }

    /** Whether a whole-case export includes this meeting (a meeting form for a meeting with nothing recorded is left out). */
    public boolean inCaseExport(CaseData data, Meeting meeting) {
        return unavailable(data, meeting) == null;
    }

    /** The data for one file. Runs off the FX thread; board pictures come through {@link ReportInput#images()}. */
    public abstract Record build(ReportInput input);
}
