package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;

/** Someone named in a case: a member of the support team or a participant of a meeting, in the order listed. */
public abstract class Person extends Entity {
    private String name;
    private String organisation;
    private String role;
    private int sortOrder;

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
