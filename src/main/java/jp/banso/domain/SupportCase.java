package jp.banso.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
    /** The team that owns the case on the team server (e.g. 栃木県); null while it was never shared. */
    private String team;

    public UUID getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(UUID municipalityId) { this.municipalityId = municipalityId; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = Text.line(programme); }
    public StartKind getStartKind() { return startKind; }
    public void setStartKind(StartKind startKind) { this.startKind = startKind; }
    public String getApplicationTheme() { return applicationTheme; }
    public void setApplicationTheme(String applicationTheme) { this.applicationTheme = Text.lines(applicationTheme); }
    public String getRedefinedIssue() { return redefinedIssue; }
    public void setRedefinedIssue(String redefinedIssue) { this.redefinedIssue = Text.lines(redefinedIssue); }
    public boolean isOverCapConsultation() { return overCapConsultation; }
    public void setOverCapConsultation(boolean overCapConsultation) { this.overCapConsultation = overCapConsultation; }
    public UUID getFollowsCaseId() { return followsCaseId; }
    public void setFollowsCaseId(UUID followsCaseId) { this.followsCaseId = followsCaseId; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public boolean isArchived() { return archived; }
    public void setArchived(boolean archived) { this.archived = archived; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = Text.lines(note); }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = Text.line(team); }

    /** Said wherever a follow-up would close a circle (the case chooser leaves such cases out; the import refuses them). */
    public static final String FOLLOW_UP_CYCLE = "フォローアップ元をたどると元のケースに戻ってしまいます（A→B→A のような循環）";

    /**
     * Whether letting {@code caseId} follow up {@code follows} closes a circle: A follows B while B (or C that B follows…)
     * follows A. {@code followsOf} gives, for any case, the case it follows (null for none).
     */
    public static boolean followUpCycle(UUID caseId, UUID follows, Function<UUID, UUID> followsOf) {
        Set<UUID> seen = new HashSet<>();
        for (UUID c = follows; c != null; c = followsOf.apply(c)) {
            if (c.equals(caseId)) {
                return true;
            }
            if (!seen.add(c)) {
                return false; // a circle further on that does not pass through this case: said for those cases
            }
        }
        return false;
    }

    @Override
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
