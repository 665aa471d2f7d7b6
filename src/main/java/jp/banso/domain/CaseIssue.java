package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A 課題 of the case: the gap between あるべき姿 and 現状, promoted from a board note and kept in step with it.
 * The texts of the notes it bridges are copied, so the 課題整理表 still reads right if a note is later deleted.
 */
public class CaseIssue extends Entity {
    private UUID caseId;
    private UUID boardId;
    private UUID noteId;
    private String statement;
    private String visionText;
    private String currentText;
    private UUID visionNoteId;
    private UUID currentNoteId;
    private Integer rank;
    private IssueLevel level;
    private IssueKind kind;
    private IssueStatus status = IssueStatus.OPEN;
    private String direction;
    private String department;
    private int votes;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public UUID getNoteId() { return noteId; }
    public void setNoteId(UUID noteId) { this.noteId = noteId; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = Text.lines(statement); }
    public String getVisionText() { return visionText; }
    public void setVisionText(String visionText) { this.visionText = Text.lines(visionText); }
    public String getCurrentText() { return currentText; }
    public void setCurrentText(String currentText) { this.currentText = Text.lines(currentText); }
    public UUID getVisionNoteId() { return visionNoteId; }
    public void setVisionNoteId(UUID visionNoteId) { this.visionNoteId = visionNoteId; }
    public UUID getCurrentNoteId() { return currentNoteId; }
    public void setCurrentNoteId(UUID currentNoteId) { this.currentNoteId = currentNoteId; }
    public Integer getRank() { return rank; }
    public void setRank(Integer rank) { this.rank = rank; }
    public IssueLevel getLevel() { return level; }
    public void setLevel(IssueLevel level) { this.level = level; }
    public IssueKind getKind() { return kind; }
    public void setKind(IssueKind kind) { this.kind = kind; }
    public IssueStatus getStatus() { return status; }
    public void setStatus(IssueStatus status) { this.status = status; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = Text.lines(direction); }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = Text.line(department); }
    public int getVotes() { return votes; }
    public void setVotes(int votes) { this.votes = votes; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.required(e, "statement", statement);
        Rules.longText(e, "statement", statement);
        Rules.longText(e, "direction", direction);
        Rules.longText(e, "visionText", visionText);
        Rules.longText(e, "currentText", currentText);
        Rules.shortText(e, "department", department);
        if (rank != null && (rank < 1 || rank > 999)) {
            e.add(new FieldError("rank", "順位は1〜999で入力してください"));
        }
        return e;
    }
}
