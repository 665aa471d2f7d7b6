package jp.banso.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One 取組 of the case's ロードマップ: what is done, by whom (担当, one or more), from which month to which (both
 * inclusive, across 年度), an optional milestone date, the indicator that shows it works, and its status.
 * Months are stored as the first day of the month, so the same values travel through H2, JSON and Excel.
 */
public class RoadmapItem extends Entity {
    /** 担当 are kept in one field, in order (the first is the 主担当), separated by this. */
    public static final String OWNER_SEPARATOR = "、";

    private UUID caseId;
    private UUID issueId;
    private String title;
    private String description;
    private String owners;
    private LocalDate startMonth;
    private LocalDate endMonth;
    private LocalDate milestone;
    private String phase;
    private String indicatorName;
    private String indicatorTarget;
    private String indicatorCurrent;
    private OutcomeLevel indicatorLevel;
    private ItemStatus status = ItemStatus.NOT_STARTED;
    private String notes;
    private int sortOrder;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public UUID getIssueId() { return issueId; }
    public void setIssueId(UUID issueId) { this.issueId = issueId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Text.line(title); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Text.lines(description); }
    public String getOwners() { return owners; }
    public void setOwners(String owners) { this.owners = Text.line(owners); }
    public LocalDate getStartMonth() { return startMonth; }
    public void setStartMonth(LocalDate startMonth) { this.startMonth = firstOfMonth(startMonth); }
    public LocalDate getEndMonth() { return endMonth; }
    public void setEndMonth(LocalDate endMonth) { this.endMonth = firstOfMonth(endMonth); }
    public LocalDate getMilestone() { return milestone; }
    public void setMilestone(LocalDate milestone) { this.milestone = milestone; }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = Text.line(phase); }
    public String getIndicatorName() { return indicatorName; }
    public void setIndicatorName(String indicatorName) { this.indicatorName = Text.line(indicatorName); }
    public String getIndicatorTarget() { return indicatorTarget; }
    public void setIndicatorTarget(String indicatorTarget) { this.indicatorTarget = Text.line(indicatorTarget); }
    public String getIndicatorCurrent() { return indicatorCurrent; }
    public void setIndicatorCurrent(String indicatorCurrent) { this.indicatorCurrent = Text.line(indicatorCurrent); }
    public OutcomeLevel getIndicatorLevel() { return indicatorLevel; }
    public void setIndicatorLevel(OutcomeLevel indicatorLevel) { this.indicatorLevel = indicatorLevel; }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = Text.lines(notes); }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    public YearMonth start() {
        return startMonth == null ? null : YearMonth.from(startMonth);
    }

    public YearMonth end() {
        return endMonth == null ? null : YearMonth.from(endMonth);
    }

    public void setPeriod(YearMonth start, YearMonth end) {
        setStartMonth(start == null ? null : start.atDay(1));
        setEndMonth(end == null ? null : end.atDay(1));
    }

    /** Months covered, both ends included (R8.4–R9.3 = 12). */
    public int months() {
        return start() == null || end() == null ? 0 : (int) start().until(end(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** 担当 in order; the first is the 主担当 (the timeline groups by it). */
    public List<String> ownerList() {
        return splitOwners(owners);
    }

    public static List<String> splitOwners(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[、,，/／\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static String joinOwners(List<String> list) {
        return list.isEmpty() ? null : String.join(OWNER_SEPARATOR, list);
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.required(e, "title", title);
        Rules.shortText(e, "title", title);
        Rules.longText(e, "description", description);
        Rules.longText(e, "notes", notes);
        Rules.shortText(e, "owners", owners);
        Rules.shortText(e, "phase", phase);
        Rules.shortText(e, "indicatorName", indicatorName);
        Rules.shortText(e, "indicatorTarget", indicatorTarget);
        Rules.shortText(e, "indicatorCurrent", indicatorCurrent);
        if (startMonth == null) {
            e.add(new FieldError("startMonth", "開始月を入力してください（例：2026/4、R8.4）"));
        }
        if (endMonth == null) {
            e.add(new FieldError("endMonth", "終了月を入力してください（例：2027/3、R9.3）"));
        }
        Rules.date(e, "startMonth", startMonth);
        Rules.date(e, "endMonth", endMonth);
        Rules.date(e, "milestone", milestone);
        if (startMonth != null && endMonth != null && endMonth.isBefore(startMonth)) {
            e.add(new FieldError("endMonth", "終了月が開始月より前です（" + JapaneseDates.month(start()) + " 〜 "
                    + JapaneseDates.month(end()) + "）"));
        }
        return e;
    }

    private static LocalDate firstOfMonth(LocalDate date) {
        return date == null ? null : date.withDayOfMonth(1);
    }
}
