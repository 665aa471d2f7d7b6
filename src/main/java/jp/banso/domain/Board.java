package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A group-work board of a case, usually attached to one of its meetings. */
public class Board extends Entity {
    private UUID caseId;
    private UUID meetingId;
    private String title;
    private String templateId;
    private int sortOrder;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public UUID getMeetingId() { return meetingId; }
    public void setMeetingId(UUID meetingId) { this.meetingId = meetingId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTemplateId() { return templateId; }
    public void setTemplateId(String templateId) { this.templateId = templateId; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Rules.required(errors, "title", title);
        Rules.shortText(errors, "title", title);
        Rules.maxLength(errors, "templateId", templateId, 100);
        return errors;
    }
}
