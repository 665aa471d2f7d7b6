package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A KJ法 island: notes that belong together, with a title drawn around them. Members point to it. */
public class NoteGroup extends Entity {
    private UUID boardId;
    private String title;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Rules.shortText(errors, "title", title);
        return errors;
    }
}
