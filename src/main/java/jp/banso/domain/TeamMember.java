package jp.banso.domain;

import java.util.UUID;

/** A person on the support team (アドバイザー, 府県, 厚生局, 市町村担当…). */
public class TeamMember extends Person {
    private UUID caseId;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
}
