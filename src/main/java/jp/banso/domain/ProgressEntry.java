package jp.banso.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dated monitoring entry for a roadmap item: the indicator's value then, how far it got (達成度), a comment and who
 * wrote it. This is how a prefecture follows a municipality after the support year ends.
 */
public class ProgressEntry extends Entity {
    private UUID itemId;
    private UUID caseId;
    private LocalDate recordedOn;
    private String indicatorValue;
    private Integer achievement;
    private String comment;
    private String author;

    public UUID getItemId() { return itemId; }
    public void setItemId(UUID itemId) { this.itemId = itemId; }
    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public String getIndicatorValue() { return indicatorValue; }
    public void setIndicatorValue(String indicatorValue) { this.indicatorValue = Text.line(indicatorValue); }
    public Integer getAchievement() { return achievement; }
    public void setAchievement(Integer achievement) { this.achievement = achievement; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = Text.lines(comment); }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = Text.line(author); }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        if (recordedOn == null) {
            e.add(new FieldError("recordedOn", "記録日を入力してください"));
        }
        Rules.date(e, "recordedOn", recordedOn);
        Rules.shortText(e, "indicatorValue", indicatorValue);
        Rules.longText(e, "comment", comment);
        Rules.shortText(e, "author", author);
        if (achievement != null && (achievement < 0 || achievement > 100)) {
            e.add(new FieldError("achievement", "達成度は0〜100（%）で入力してください"));
        }
        if (Text.isBlank(indicatorValue) && Text.isBlank(comment) && achievement == null) {
            e.add(new FieldError("comment", "指標の値・達成度・コメントのどれかを入力してください"));
        }
        return e;
    }
}
