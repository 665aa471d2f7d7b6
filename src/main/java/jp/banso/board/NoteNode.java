package jp.banso.board;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.CacheHint;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * One note on the canvas: a coloured card with the text, who said it, its votes and a priority mark.
 * Deliberately light (a Region with three Texts, no CSS, unmanaged, cached as a bitmap) so a board of
 * thousands of notes opens and drags smoothly.
 */
final class NoteNode extends Region {
    private static final Map<String, Background> BACKGROUNDS = new HashMap<>();
    private static final CornerRadii RADII = new CornerRadii(4);
    private static final Border NORMAL = new Border(new BorderStroke(Color.rgb(0, 0, 0, 0.18), BorderStrokeStyle.SOLID, RADII, new BorderWidths(1)));
    private static final Border SELECTED = new Border(new BorderStroke(Color.web("#0B57D0"), BorderStrokeStyle.SOLID, RADII, new BorderWidths(4)));
    private static final Border FOUND = new Border(new BorderStroke(Color.web("#E8710A"), BorderStrokeStyle.SOLID, RADII, new BorderWidths(4)));
    private static final Border PRESENTATION = new Border(new BorderStroke(Color.web("#222222"), BorderStrokeStyle.SOLID, RADII, new BorderWidths(2)));

    private final Text body = new Text();
    private final Text author = new Text();
    private final Text votes = new Text();
    private final boolean presentation;
    private Note note;
    private boolean selected;
    private boolean found;

    NoteNode(Note note, boolean presentation) {
        this.presentation = presentation;
        setManaged(false);
        body.setVisible(false); // text is laid out once the canvas shows this note close enough to read
        author.setVisible(false);
        body.setFont(bodyFont(presentation ? 17 : 15));
        body.setFill(Color.web("#1b1b1b"));
        author.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, 11.5));
        votes.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, 14));
        votes.setFill(Color.web("#B3261E"));
        getChildren().addAll(body, author, votes);
        // long text is cut at the card's edge rather than spilling over its neighbours
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        update(note, null, null);
    }

    Note note() {
        return note;
    }

    /** Redraws from the note; laneColour is used when the note has no colour of its own. */
    void update(Note n, String laneColour, String authorColour) {
        this.note = n;
        String colour = n.getColour() != null ? n.getColour() : laneColour != null ? laneColour : "#FFF59D";
        setBackground(BACKGROUNDS.computeIfAbsent(colour, c -> new Background(new BackgroundFill(Color.web(c), RADII, Insets.EMPTY))));
        body.setText(n.getText());
        body.setWrappingWidth(n.getWidth() - 20);
        textFitted = false;
        if (body.isVisible()) {
            fitText(n);
        }
        author.setText(n.getAuthor() == null ? "" : n.getAuthor());
        author.setFill(authorColour == null ? Color.web("#555555") : Color.web(authorColour));
        StringBuilder v = new StringBuilder();
        if (n.isPriority()) {
            v.append("★ ");
        }
        if (n.getVotes() > 0) {
            v.append("●".repeat(Math.min(n.getVotes(), 5))).append(n.getVotes() > 5 ? "+" : "").append(' ').append(n.getVotes());
        }
        votes.setText(v.toString());
        resizeRelocate(n.getX(), n.getY(), n.getWidth(), n.getHeight());
        refreshBorder();
        requestLayout();
    }

    private Font bodyFont(double size) {
        return Font.font(BoardFonts.FAMILY, presentation ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Long text gets a smaller font until it fits the card (down to a size still readable up close). */
    private void fitText(Note n) {
        textFitted = true;
        double base = presentation ? 17 : 15;
        double room = n.getHeight() - 32;
        double size = base;
        body.setFont(bodyFont(size));
        while (body.getLayoutBounds().getHeight() > room && size > 10) {
            size -= 1;
            body.setFont(bodyFont(size));
        }
    }

    /** Far out, text is unreadable anyway: cards are drawn without it (much less to render on a big board). */
    void setDetail(boolean detail) {
        if (body.isVisible() != detail) {
            body.setVisible(detail);
            author.setVisible(detail);
        }
        if (detail && !textFitted) {
            fitText(note);
        }
    }

    private boolean textFitted;

    /** A bitmap copy while the note is dragged, so moving it redraws no text. */
    void setDragging(boolean dragging) {
        setCache(dragging);
        setCacheHint(dragging ? CacheHint.SPEED : CacheHint.DEFAULT);
    }

    void setSelected(boolean selected) {
        if (this.selected != selected) {
            this.selected = selected;
            refreshBorder();
        }
    }

    void setFound(boolean found) {
        if (this.found != found) {
            this.found = found;
            refreshBorder();
        }
    }

    boolean isSelected() {
        return selected;
    }

    private javafx.scene.Group registeredMark;

    /** The 課題 mark: the note is registered in the case's 課題 (shown on screen and in the image export). */
    void setRegistered(boolean registered) {
        if (registered == (registeredMark != null)) {
            return;
        }
        if (registered) {
            Text t = new Text("課題 ✓");
            t.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, 11));
            t.setFill(Color.WHITE);
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(t.getLayoutBounds().getWidth() + 10, 17, Color.web("#0B6E4F"));
            r.setArcWidth(8);
            r.setArcHeight(8);
            t.relocate(5, 1);
            registeredMark = new javafx.scene.Group(r, t);
            registeredMark.getStyleClass().add("note-registered");
            getChildren().add(registeredMark);
        } else {
            getChildren().remove(registeredMark);
            registeredMark = null;
        }
        requestLayout();
    }

    boolean isRegistered() {
        return registeredMark != null;
    }

    private void refreshBorder() {
        setBorder(selected ? SELECTED : found ? FOUND : presentation ? PRESENTATION : NORMAL);
    }

    @Override
    protected void layoutChildren() {
        double top = author.getText().isEmpty() && votes.getText().isEmpty() ? 10 : 24;
        author.relocate(10, 6);
        votes.relocate(getWidth() - votes.getLayoutBounds().getWidth() - 8, 4);
        body.relocate(10, top);
        if (registeredMark != null) {
            registeredMark.relocate(getWidth() - registeredMark.getLayoutBounds().getWidth() - 6,
                    getHeight() - registeredMark.getLayoutBounds().getHeight() - 5);
        }
    }
}
