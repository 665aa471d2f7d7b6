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
import jp.banso.domain.Note;

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
    /** Shown when the text does not fit even at the smallest size: the whole text is on hover (and in the editor). */
    private final Text more = new Text("…全文");
    private final javafx.scene.shape.Rectangle moreBackground = new javafx.scene.shape.Rectangle();
    private javafx.scene.control.Tooltip fullText;
    private final boolean presentation;
    /** 発表モード draws no selection or search outline unless asked. */
    private boolean marksShown;
    private Note note;
    private boolean selected;
    private boolean found;

    NoteNode(Note note, boolean presentation) {
        this.presentation = presentation;
        setManaged(false);
        body.setVisible(false); // text is laid out once the canvas shows this note close enough to read
        author.setVisible(false);
        marksShown = !presentation;
        body.setFont(bodyFont(BoardFonts.NOTE_TEXT));
        body.setFill(Color.web("#1b1b1b"));
        author.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, presentation ? BoardFonts.PRESENTATION_AUTHOR_TEXT : BoardFonts.AUTHOR_TEXT));
        more.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, BoardFonts.MIN_NOTE_TEXT));
        more.setFill(Color.web("#0B57D0"));
        more.setVisible(false);
        moreBackground.setFill(Color.rgb(255, 255, 255, 0.9));
        moreBackground.setArcWidth(6);
        moreBackground.setArcHeight(6);
        moreBackground.visibleProperty().bind(more.visibleProperty());
        votes.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, 14));
        votes.setFill(Color.web("#B3261E"));
        getChildren().addAll(body, author, votes, moreBackground, more);
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

    /**
     * Notes grow with their text, so it normally fits at the note text size. A note sized smaller by hand (or longer
     * than the tallest note) gets a smaller font, never below the board's minimum (on the projector: never smaller at
     * all); what still does not fit is cut, with …全文 showing all of it on hover.
     */
    private void fitText(Note n) {
        textFitted = true;
        double room = n.getHeight() - textTop() - BoardLayout.TEXT_BOTTOM;
        double min = presentation ? BoardFonts.NOTE_TEXT : BoardFonts.MIN_NOTE_TEXT;
        double size = BoardFonts.NOTE_TEXT;
        body.setFont(bodyFont(size));
        while (body.getLayoutBounds().getHeight() > room && size > min) {
            size -= 1;
            body.setFont(bodyFont(size));
        }
        boolean cut = body.getLayoutBounds().getHeight() > room + 2;
        more.setVisible(cut && body.isVisible());
        if (cut && !presentation) {
            if (fullText == null) {
                fullText = new javafx.scene.control.Tooltip();
                fullText.setWrapText(true);
                fullText.setMaxWidth(420);
                javafx.scene.control.Tooltip.install(this, fullText);
            }
            fullText.setText(n.getText());
        } else if (fullText != null) {
            javafx.scene.control.Tooltip.uninstall(this, fullText);
            fullText = null;
        }
    }

    private double textTop() {
        return author.getText().isEmpty() && votes.getText().isEmpty() ? 10 : presentation ? 28 : BoardLayout.TEXT_TOP - 2;
    }

    /** Font sizes in board units (tests measure them on screen). */
    double bodyFontSize() {
        return body.getFont().getSize();
    }

    double authorFontSize() {
        return author.getFont().getSize();
    }

    boolean isCut() {
        return more.isVisible();
    }

    /** 発表モード: show the selection and search outlines (off unless asked). */
    void setMarksShown(boolean shown) {
        if (marksShown != shown) {
            marksShown = shown;
            refreshBorder();
        }
    }

    /** Far out, text is unreadable anyway: cards are drawn without it (much less to render on a big board). */
    void setDetail(boolean detail) {
        if (body.isVisible() != detail) {
            body.setVisible(detail);
            author.setVisible(detail);
            more.setVisible(false);
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
        boolean marks = marksShown || !presentation;
        setBorder(marks && selected ? SELECTED : marks && found ? FOUND : presentation ? PRESENTATION : NORMAL);
    }

    @Override
    protected void layoutChildren() {
        author.relocate(10, 6);
        votes.relocate(getWidth() - votes.getLayoutBounds().getWidth() - 8, 4);
        body.relocate(10, textTop());
        double mw = more.getLayoutBounds().getWidth();
        double mh = more.getLayoutBounds().getHeight();
        more.relocate(getWidth() - mw - 6, getHeight() - mh - 2);
        moreBackground.setX(getWidth() - mw - 10);
        moreBackground.setY(getHeight() - mh - 3);
        moreBackground.setWidth(mw + 8);
        moreBackground.setHeight(mh + 2);
        // bottom left: the bottom right holds …全文
        if (registeredMark != null) {
            registeredMark.relocate(6,
                    getHeight() - registeredMark.getLayoutBounds().getHeight() - 5);
        }
    }
}
