package jp.banso.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 宿題: what, who, by when, done. Open items show on the case overview. */
public class ActionItem extends Entity {
    private UUID meetingId;
    private String what;
    private String who;
    private LocalDate due;
    private boolean done;
    private int sortOrder;

    public UUID getMeetingId() { return meetingId; }
    public void setMeetingId(UUID meetingId) { this.meetingId = meetingId; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = Text.lines(what); }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = Text.line(who); }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public boolean isDone() { return done; }
    public void setDone(boolean done) { this.done = done; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    public boolean isOverdue(LocalDate today) {
        return !done && due != null && due.isBefore(today);
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.longText(e, "what", what);
        Rules.shortText(e, "who", who);
        Rules.date(e, "due", due);
        return e;
    }
}
