package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A column of the board (あるべき姿, 現状, 課題…). Its place on the canvas follows from its order. */
public class Lane extends Entity {
    /** Longer titles do not fit a lane header on a projector. */
    public static final int MAX_TITLE_LENGTH = 100;

    private UUID boardId;
    private String title;
    private LaneRole role = LaneRole.OTHER;
    private String colour;
    private int sortOrder;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LaneRole getRole() { return role; }
    public void setRole(LaneRole role) { this.role = role; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Rules.maxLength(errors, "title", title, MAX_TITLE_LENGTH);
        Rules.wellFormed(errors, "title", title, false);
        Rules.colour(errors, "colour", colour, true);
        if (role == null) {
            errors.add(new FieldError("role", "役割がありません"));
        }
        return errors;
    }
}
