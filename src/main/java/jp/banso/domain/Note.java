package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A sticky note: what someone said, where it sits, who said it, and the votes it got. */
public class Note extends Entity {
    /** A new note's size (board units): two fit side by side in a lane. */
    public static final double DEFAULT_WIDTH = 180;
    public static final double DEFAULT_HEIGHT = 112;
    /** Resizing stays within these: smaller cannot be read on a projector, larger hides its neighbours. */
    public static final double MIN_WIDTH = 120;
    public static final double MAX_WIDTH = 640;
    public static final double MIN_HEIGHT = 72;
    public static final double MAX_HEIGHT = 480;
    /** About a page of Japanese; a longer contribution is several notes. */
    public static final int MAX_TEXT = 2_000;
    /**
     * How far a note may be placed from the origin (either way, either axis). Far enough for a lane holding every note
     * a board may have ({@link Limits#NOTES_PER_BOARD}) at the largest note height.
     */
    public static final double MAX_POSITION = 10_000_000;

    private UUID boardId;
    private UUID laneId;
    private UUID groupId;
    private String text = "";
    /** Null: the lane's colour. */
    private String colour;
    private String author;
    private double x;
    private double y;
    private double width = DEFAULT_WIDTH;
    private double height = DEFAULT_HEIGHT;
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

    /** A size the board allows: within {@link #MIN_WIDTH}–{@link #MAX_WIDTH}. */
    public static double allowedWidth(double width) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    }

    public static double allowedHeight(double height) {
        return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height));
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            errors.add(new FieldError("text", "付箋は" + MAX_TEXT + "文字までです（" + length + "文字あります）。分けて書いてください。"));
        }
        Rules.wellFormed(errors, "text", text, true);
        Speaker.name(errors, "author", author, false);
        Rules.colour(errors, "colour", colour, false);
        position(errors, "x", x);
        position(errors, "y", y);
        side(errors, "width", width, MIN_WIDTH, MAX_WIDTH);
        side(errors, "height", height, MIN_HEIGHT, MAX_HEIGHT);
        if (votes < 0) {
            errors.add(new FieldError("votes", "投票数が負の数です"));
        }
        return errors;
    }

    private static void position(List<FieldError> errors, String field, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > MAX_POSITION) {
            errors.add(new FieldError(field, "位置が範囲外です（±" + (long) MAX_POSITION + "）"));
        }
    }

    private static void side(List<FieldError> errors, String field, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            errors.add(new FieldError(field, "付箋の大きさが範囲外です（" + (long) min + "〜" + (long) max + "）"));
        }
    }
}
