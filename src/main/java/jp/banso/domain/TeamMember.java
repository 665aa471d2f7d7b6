package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person on the support team (アドバイザー, 府県, 厚生局, 市町村担当…). */
public class TeamMember extends Entity {
    private UUID caseId;
    private String name;
    private String organisation;
    private String role;
    private int sortOrder;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
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
