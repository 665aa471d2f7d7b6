package jp.banso.report;

/**
 * A hand-out could not be made, said in Japanese for the user: which template, where in it, and what is wrong.
 * {@link #template()} and {@link #place()} are empty when the problem is not in a template (a folder, a full disk).
 */
public class ReportException extends RuntimeException {
    private final String template;
    private final String place;

    public ReportException(String message, String template, String place, Throwable cause) {
        super(message, cause);
        this.template = template == null ? "" : template;
        this.place = place == null ? "" : place;
    }

    public ReportException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public ReportException(String message) {
        this(message, null, null, null);
    }

    /**
     * A failure whose cause is a library's or the system's text: the user reads {@code message} (Japanese, what to
     * do), the cause with its details goes to the log.
     */
    public static ReportException logged(String message, Throwable cause) {
        java.util.logging.Logger.getLogger(ReportException.class.getName()).log(java.util.logging.Level.WARNING, message, cause);
        return new ReportException(message, cause);
    }

    /** The template file as the user knows it, e.g. {@code templates/reports/meeting-record.xlsx}. */
    public String template() {
        return template;
    }

    /** Sheet and cell, e.g. {@code シート「支援記録票」のセル B5}. */
    public String place() {
        return place;
    }
}
