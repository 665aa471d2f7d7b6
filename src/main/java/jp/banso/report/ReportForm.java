package jp.banso.report;

import java.util.List;
import java.util.Objects;
import jp.banso.domain.Board;
import jp.banso.domain.Meeting;

/**
 * One hand-out of a case (or of one of its meetings): its template ({@link #id()}{@code .xlsx}), its Japanese title, and the class that builds its data.
 * A form states what it is once, in its constructor ({@code super(id, title, description, scope, dataType)}), and
 * writes only {@link #build} and {@link #rows} (and {@link #unavailable} or {@link #inCaseExport} when it has a
 * condition, {@link #charts} when charts help). Adding a form = a template in
 * {@code src/main/resources/jp/banso/report/templates/}, a subclass of this, and one line in {@link FormRegistry}.
 */
public abstract class ReportForm extends Handout<ReportInput> {

    /** Per case (once, named with the meeting when exported from one) or per meeting. */
    public enum Scope { CASE, MEETING }

    private final Scope scope;

    protected ReportForm(String id, String title, String description, Scope scope, Class<? extends Record> dataType) {
        super(id, title, description, dataType);
        this.scope = Objects.requireNonNull(scope);
    }

    public final Scope scope() {
        return scope;
    }

    /** Why this form cannot be made for the meeting (null: it can). A meeting form gets a meeting, a case form may. */
    public String unavailable(CaseData data, Meeting meeting) {
        return null;
    }

    /** Whether a whole-case export includes this meeting (a meeting form for a meeting with nothing recorded is left out). */
    public boolean inCaseExport(CaseData data, Meeting meeting) {
        return unavailable(data, meeting) == null;
    }

    /** The boards whose pictures the file for {@code meeting} (null: the case) shows; none by default. */
    public List<Board> pictures(CaseData data, Meeting meeting) {
        return List.of();
    }

    /** The data for one file. Runs off the FX thread; board pictures come through {@link ReportInput#images()}. */
    @Override
    public abstract Record build(ReportInput input);

    /** Every row of the データ sheet starts with the case: 団体コード, 都道府県, 市町村, 支援開始年度, then {@link #rows}. */
    @Override
    public final DataTable table(ReportInput input, Record built) {
        return rows(input, built).keyedBy(DataTable.caseKey(input.data()));
    }

    /** The form's own flat rows (without the case's columns, which {@link #table} puts in front). */
    protected abstract DataTable rows(ReportInput input, Record built);
}
