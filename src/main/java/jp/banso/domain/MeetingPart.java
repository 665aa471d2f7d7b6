package jp.banso.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One block of a meeting's timetable, e.g. 午前: 関係者ヒアリング / 午後: グループワーク. */
public class MeetingPart extends Entity {
    private UUID meetingId;
    private String label;
    private LocalTime startTime;
    private LocalTime endTime;
    private String content;
    private int sortOrder;

    public UUID getMeetingId() { return meetingId; }
    public void setMeetingId(UUID meetingId) { this.meetingId = meetingId; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = Text.line(label); }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = Text.lines(content); }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.shortText(e, "label", label);
        Rules.longText(e, "content", content);
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            e.add(new FieldError("endTime", "終了時刻が開始時刻より前です"));
        }
        return e;
    }
}
