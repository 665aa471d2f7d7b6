package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Someone who took part in a meeting. */
public class Participant extends Entity {
    private UUID meetingId;
    private String name;
    private String organisation;
    private String role;
    private int sortOrder;

    public UUID getMeetingId() { return meetingId; }
    public void setMeetingId(UUID meetingId) { this.meetingId = meetingId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Text.line(name); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = Text.line(organisation); }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = Text.line(role); }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.shortText(e, "name", name);
        Rules.shortText(e, "organisation", organisation);
        Rules.shortText(e, "role", role);
        return e;
    }
}
