package jp.banso.cases;

import java.util.List;
import java.util.UUID;
import jp.banso.domain.CaseIssue;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.BoardRepository;
import jp.banso.store.RoadmapRepository;

/** State of the 課題 page: the case's ranked 課題 and the roadmap items that work on them. No controls here. */
public final class IssuesModel {
    private final BoardRepository boards;
    private final RoadmapRepository roadmaps;
    private final UUID caseId;

    public IssuesModel(BoardRepository boards, RoadmapRepository roadmaps, UUID caseId) {
        this.boards = boards;
        this.roadmaps = roadmaps;
        this.caseId = caseId;
    }

    /** The 課題, by rank. */
    public List<CaseIssue> issues() {
        return boards.issues(caseId);
    }

    /** A 課題 typed here (not from a board), ranked last. */
    public CaseIssue newIssue() {
        CaseIssue i = new CaseIssue();
        i.setCaseId(caseId);
        i.setStatement("");
        i.setRank(issues().size() + 1);
        return i;
    }

    /** Autosave of a row. */
    public void save(CaseIssue issue) {
        boards.save(issue);
    }

    /** How many roadmap items work on this 課題 (the confirmation says so before deleting it). */
    public int linkedItems(CaseIssue issue) {
        return roadmaps.itemsLinkedTo(issue.getId()).size();
    }

    /**
     * Deletes a 課題. One that roadmap items work on is deleted as the roadmap deletes it: the items stay, their links go,
     * and the roadmap's 元に戻す brings both back.
     */
    public void delete(CaseIssue issue) {
        if (linkedItems(issue) == 0) {
            boards.deleteIssue(issue.getId());
        } else {
            RoadmapModel.deleteIssue(roadmaps, caseId, issue);
        }
    }
}
