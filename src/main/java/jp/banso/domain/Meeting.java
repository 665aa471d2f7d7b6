package jp.banso.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 支援の場: any event of a case (ヒアリング, 打合せ, 0.5次mtg, 現地支援, 研修…) with its record.
 * A proposed meeting has a planned month and no date yet; the date is set when it is fixed.
 */
public class Meeting extends Entity {
    /** The longest a meeting may last: a week of 現地支援 at most. */
    public static final int MAX_DAYS = 7;

    private UUID caseId;
    private MeetingKind kind = MeetingKind.OTHER;
    /** The n of 現地支援 第n回; null for other kinds. */
    private Integer sequence;
    private String title;
    private MeetingStatus status = MeetingStatus.PLANNED;
    /** First day of the planned month (a YearMonth, stored as a date). */
    private LocalDate plannedMonth;
    private LocalDate heldOn;
    /** The last day of a meeting over several days (現地支援 over two days); null for one day. */
    private LocalDate endsOn;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    private MeetingFormat format;
    private String agenda;
    private String theme;
    private String issues;
    private String comments;
    private String approach;
    private String summary;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public Integer getSequence() { return sequence; }
    public void setSequence(Integer sequence) { this.sequence = sequence; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Text.line(title); }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public LocalDate getPlannedMonth() { return plannedMonth; }
    public void setPlannedMonth(LocalDate plannedMonth) { this.plannedMonth = plannedMonth == null ? null : plannedMonth.withDayOfMonth(1); }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = Text.line(place); }
    public MeetingFormat getFormat() { return format; }
    public void setFormat(MeetingFormat format) { this.format = format; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = Text.lines(agenda); }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = Text.lines(theme); }
    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = Text.lines(issues); }
    public String getComments() { return comments; }
    public void setComments(String comments) { this.comments = Text.lines(comments); }
    public String getApproach() { return approach; }
    public void setApproach(String approach) { this.approach = Text.lines(approach); }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = Text.lines(summary); }

    /** The month the meeting falls in: its date if fixed, else the planned month. */
    public YearMonth month() {
        if (heldOn != null) {
            return YearMonth.from(heldOn);
        }
        return plannedMonth == null ? null : YearMonth.from(plannedMonth);
    }

    /** Days the meeting lasts (1 for one day, 0 when it has no date yet). */
    public int days() {
        if (heldOn == null) {
            return 0;
        }
        return endsOn == null ? 1 : (int) java.time.temporal.ChronoUnit.DAYS.between(heldOn, endsOn) + 1;
    }

    /** "第1回現地支援", or the title the user gave, or the kind. */
    public String displayTitle() {
        if (!Text.isBlank(title)) {
            return title;
        }
        if (kind == MeetingKind.VISIT && sequence != null) {
            return "第" + sequence + "回現地支援";
        }
        return kind.label();
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        if (kind == null) {
            e.add(new FieldError("kind", "種類を選んでください"));
        }
        if (sequence != null && (sequence < 1 || sequence > 99)) {
            e.add(new FieldError("sequence", "回数は1〜99で入力してください"));
        }
        // over two days the end time is on the last day: 13:00 〜 (翌日) 12:00 is fine
        if (startTime != null && endTime != null && endTime.isBefore(startTime) && days() <= 1) {
            e.add(new FieldError("endTime", "終了時刻が開始時刻より前です"));
        }
        Rules.date(e, "plannedMonth", plannedMonth);
        Rules.date(e, "heldOn", heldOn);
        Rules.date(e, "endsOn", endsOn);
        if (endsOn != null) {
            if (heldOn == null) {
                e.add(new FieldError("endsOn", "終了日の前に実施日を入力してください"));
            } else if (endsOn.isBefore(heldOn)) {
                e.add(new FieldError("endsOn", "終了日が実施日より前です"));
            } else if (days() > MAX_DAYS) {
                e.add(new FieldError("endsOn", "終了日は実施日から" + MAX_DAYS + "日以内にしてください（" + days() + "日間になっています）"));
            }
        }
        Rules.shortText(e, "title", title);
        Rules.shortText(e, "place", place);
        Rules.longText(e, "agenda", agenda);
        Rules.longText(e, "theme", theme);
        Rules.longText(e, "issues", issues);
        Rules.longText(e, "comments", comments);
        Rules.longText(e, "approach", approach);
        Rules.longText(e, "summary", summary);
        return e;
    }
}
