package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 支援ケース: one municipality × one programme × one or several 年度. */
public class SupportCase extends Entity {
    private UUID municipalityId;
    private String programme;
    private StartKind startKind;
    private String applicationTheme;
    private String redefinedIssue;
    /** 個別協議・上限超過 as a topic of the case. */
    private boolean overCapConsultation;
    private UUID followsCaseId;
    private Stage stage;
    private boolean archived;
    private String note;

    public UUID getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(UUID municipalityId) { this.municipalityId = municipalityId; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public StartKind getStartKind() { return startKind; }
    public void setStartKind(StartKind startKind) { this.startKind = startKind; }
    public String getApplicationTheme() { return applicationTheme; }
    public void setApplicationTheme(String applicationTheme) { this.applicationTheme = applicationTheme; }
    public String getRedefinedIssue() { return redefinedIssue; }
    public void setRedefinedIssue(String redefinedIssue) { this.redefinedIssue = redefinedIssue; }
    public boolean isOverCapConsultation() { return overCapConsultation; }
    public void setOverCapConsultation(boolean overCapConsultation) { this.overCapConsultation = overCapConsultation; }
    public UUID getFollowsCaseId() { return followsCaseId; }
    public void setFollowsCaseId(UUID followsCaseId) { this.followsCaseId = followsCaseId; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public boolean isArchived() { return archived; }
    public void setArchived(boolean archived) { this.archived = archived; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.shortText(e, "programme", programme);
        Rules.longText(e, "applicationTheme", applicationTheme);
        Rules.longText(e, "redefinedIssue", redefinedIssue);
        Rules.longText(e, "note", note);
        if (followsCaseId != null && followsCaseId.equals(getId())) {
            e.add(new FieldError("followsCaseId", "自分自身をフォローアップ元にはできません"));
        }
        return e;
    }
}
