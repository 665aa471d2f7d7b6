package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A 課題 note's link to the あるべき姿 (kind VISION) or 現状 (kind CURRENT) note it bridges. */
public class NoteLink extends Entity {
    private UUID boardId;
    private UUID fromNoteId;
    private UUID toNoteId;
    private LaneRole kind;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public UUID getFromNoteId() { return fromNoteId; }
    public void setFromNoteId(UUID fromNoteId) { this.fromNoteId = fromNoteId; }
    public UUID getToNoteId() { return toNoteId; }
    public void setToNoteId(UUID toNoteId) { this.toNoteId = toNoteId; }
    public LaneRole getKind() { return kind; }
    public void setKind(LaneRole kind) { this.kind = kind; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (kind != LaneRole.VISION && kind != LaneRole.CURRENT) {
            errors.add(new FieldError("kind", "種類はあるべき姿か現状です"));
        }
        return errors;
    }
}
