package jp.banso.report;

import jp.banso.domain.Meeting;

/**
 * One hand-out: its template ({@link #id()}{@code .xlsx}), its Japanese title, and the class that builds its data.
 * Adding a form = a template in {@code src/main/resources/jp/banso/report/templates/}, a class implementing this,
 * and one line in {@link FormRegistry}.
 */
public interface ReportForm {

    /** Per case (once, named with the meeting when exported from one) or per meeting. */
    enum Scope { CASE, MEETING }

    /** Template name and command-line name, e.g. {@code meeting-record}. */
    String id();

    /** The form's Japanese name, used in file names and the dialog, e.g. 支援記録票. */
    String title();

    /** One line for the export dialog. */
    String description();

    Scope scope();

    /** The record {@link #build} returns: the names its template may use (see {@link Schema}). */
    Class<? extends Record> dataType();

    /** Why this form cannot be made for the meeting (null: it can). A meeting form gets a meeting, a case form may. */
    default String unavailable(CaseData data, Meeting meeting) {
        return null;
    }

    /** Whether a whole-case export includes this meeting (a meeting form for a meeting with nothing recorded is left out). */
    default boolean inCaseExport(CaseData data, Meeting meeting) {
        return unavailable(data, meeting) == null;
    }

    /** The data for one file. Runs off the FX thread; board pictures come through {@link ReportInput#images()}. */
    Record build(ReportInput input);
}
