package jp.banso.board;

import java.util.UUID;
import jp.banso.domain.Entity;

/** A column of the board (あるべき姿, 現状, 課題…). Its place on the canvas follows from its order. */
public class Lane extends Entity {
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
}
