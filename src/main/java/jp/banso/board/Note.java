package jp.banso.board;

import java.util.UUID;
import jp.banso.domain.Entity;

/** A sticky note: what someone said, where it sits, who said it, and the votes it got. */
public class Note extends Entity {
    private UUID boardId;
    private UUID laneId;
    private UUID groupId;
    private String text = "";
    /** Null: the lane's colour. */
    private String colour;
    private String author;
    private double x;
    private double y;
    private double width = BoardLayout.NOTE_WIDTH;
    private double height = BoardLayout.NOTE_HEIGHT;
    private int votes;
    private boolean priority;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public UUID getLaneId() { return laneId; }
    public void setLaneId(UUID laneId) { this.laneId = laneId; }
    public UUID getGroupId() { return groupId; }
    public void setGroupId(UUID groupId) { this.groupId = groupId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public double getX() { return x; }
    public void setX(double x) { this.x = x; }
    public double getY() { return y; }
    public void setY(double y) { this.y = y; }
    public double getWidth() { return width; }
    public void setWidth(double width) { this.width = width; }
    public double getHeight() { return height; }
    public void setHeight(double height) { this.height = height; }
    public int getVotes() { return votes; }
    public void setVotes(int votes) { this.votes = votes; }
    public boolean isPriority() { return priority; }
    public void setPriority(boolean priority) { this.priority = priority; }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
