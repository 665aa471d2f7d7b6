package jp.banso.board;

import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import jp.banso.domain.Note;

/**
 * Where lanes and notes go on the canvas. Lanes are columns side by side; a note captured into a lane takes the
 * first free slot of the lane's two-column grid, so capture never stacks notes on top of each other.
 */
public final class BoardLayout {
    public static final double NOTE_WIDTH = Note.DEFAULT_WIDTH;
    public static final double NOTE_HEIGHT = Note.DEFAULT_HEIGHT;
    /** A note grows with its text up to this; longer text is cut on the card and shown whole on demand. */
    public static final double MAX_NOTE_HEIGHT = 336;
    /** A note's text size (board units); the views draw with it. */
    public static final double NOTE_TEXT = 15;
    /** The text's line height for {@link #fittedHeight}: note text size × 1.5 (Japanese fonts' lines are ~1.45 em). */
    static final double LINE_HEIGHT = 22.5;
    /** Room above the text (who said it, votes) and below it. */
    static final double TEXT_TOP = 26;
    static final double TEXT_BOTTOM = 10;
    public static final double LANE_WIDTH = 420;
    public static final double LANE_GAP = 28;
    public static final double LANE_HEADER = 64;
    public static final double PAD = 16;
    public static final double SLOT_GAP = 16;
    /** How far a note may be placed from the origin; further is clamped (a slip of the mouse, not a plan). */
    public static final double LIMIT = Note.MAX_POSITION;

    private BoardLayout() {
    }

    public static double laneX(int index) {
        return index * (LANE_WIDTH + LANE_GAP);
    }

    /** Room for three rows of notes: an empty lane still reads as a place to put them. */
    static double minLaneHeight() {
        return LANE_HEADER + PAD * 2 + 3 * (NOTE_HEIGHT + SLOT_GAP);
    }

    /** The lane index whose column holds x, or -1. */
    public static int laneIndexAt(double x, int laneCount) {
        if (x < 0) {
            return -1;
        }
        int i = (int) (x / (LANE_WIDTH + LANE_GAP));
        double within = x - laneX(i);
        return i < laneCount && within <= LANE_WIDTH ? i : -1;
    }

    static double slotX(double laneX, int slot) {
        return laneX + PAD + (slot % 2) * (NOTE_WIDTH + SLOT_GAP);
    }

    static double slotY(int slot) {
        return LANE_HEADER + PAD + (slot / 2) * (NOTE_HEIGHT + SLOT_GAP);
    }

    /** The first slot of the lane's grid that no note overlaps. */
    static double[] nextFreeSlot(double laneX, Collection<Note> notes) {
        return nextFreeSlot(laneX, notes, NOTE_HEIGHT);
    }

    /**
     * The first slot of the lane's grid where a note of this height overlaps no other. One pass over the notes marks
     * the slots each one overlaps, so a capture costs a look at each note once, not once per slot taken before it.
     */
    static double[] nextFreeSlot(double laneX, Collection<Note> notes, double height) {
        double pitch = NOTE_HEIGHT + SLOT_GAP;
        BitSet taken = new BitSet();
        for (Note n : notes) {
            for (int column = 0; column < 2; column++) {
                double x = slotX(laneX, column);
                if (!(n.getX() < x + NOTE_WIDTH && n.getX() + n.getWidth() > x)) {
                    continue;
                }
                // the rows whose slot may meet the note, each checked exactly
                int first = (int) Math.max(0, Math.floor((n.getY() - height - slotY(0)) / pitch));
                int last = (int) Math.ceil((n.getY() + n.getHeight() - slotY(0)) / pitch);
                for (int row = first; row <= last; row++) {
                    double y = slotY(row * 2);
                    if (n.getY() < y + height && n.getY() + n.getHeight() > y) {
                        taken.set(row * 2 + column);
                    }
                }
            }
        }
        int slot = taken.nextClearBit(0);
        return new double[] {slotX(laneX, slot), slotY(slot)};
    }

    /** Reading order: top to bottom, then left to right. */
    static final Comparator<Note> READING_ORDER = Comparator.comparingDouble(Note::getY).thenComparingDouble(Note::getX);

    /** Puts the notes into the lane's two-column grid in the given order; a row is as tall as its tallest note. */
    static void arrange(double laneX, List<Note> ordered) {
        double y = slotY(0);
        for (int i = 0; i < ordered.size(); i += 2) {
            double rowHeight = 0;
            for (int j = i; j < Math.min(i + 2, ordered.size()); j++) {
                ordered.get(j).setX(slotX(laneX, j));
                ordered.get(j).setY(y);
                rowHeight = Math.max(rowHeight, ordered.get(j).getHeight());
            }
            y += rowHeight + SLOT_GAP;
        }
    }

    /**
     * How tall a note of this width must be to show its text at the note text size (15): a full-width character is
     * about one text size wide, others about half. Between {@link #NOTE_HEIGHT} and {@link #MAX_NOTE_HEIGHT}.
     */
    public static double fittedHeight(String text, double width) {
        double room = width - 24; // the text's side margins, and a little slack for bold (projector) glyphs
        int lines = 0;
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            // filled a character at a time, as Japanese text wraps
            lines++;
            double line = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                double w = (cp < 0x2E80 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 0.55 : 1) * NOTE_TEXT;
                if (line + w > room && line > 0) {
                    lines++;
                    line = 0;
                }
                line += w;
            }
        }
        double h = TEXT_TOP + lines * LINE_HEIGHT + TEXT_BOTTOM;
        return Math.max(NOTE_HEIGHT, Math.min(MAX_NOTE_HEIGHT, Math.ceil(h)));
    }

    /** An island's margin around each member: members in neighbouring slots join up (the slot gap is 16). */
    public static final double ISLAND_PAD = 10;
    /** The height of an island's name tag. */
    public static final double ISLAND_LABEL_HEIGHT = 22;

    /**
     * An island's outline: each member with a margin, as {x, y, width, height}; their union is drawn. It hugs the
     * members, so a note that is not one of them is never inside (unlike a box around all of them).
     */
    static List<double[]> islandParts(Collection<Note> members) {
        return members.stream().map(n -> new double[] {n.getX() - ISLAND_PAD, n.getY() - ISLAND_PAD,
            n.getWidth() + 2 * ISLAND_PAD, n.getHeight() + 2 * ISLAND_PAD}).toList();
    }

    static boolean islandContains(Collection<Note> members, double x, double y) {
        return islandParts(members).stream().anyMatch(r -> x >= r[0] && x <= r[0] + r[2] && y >= r[1] && y <= r[1] + r[3]);
    }

    /**
     * Where an island's name tag goes (its top-left corner): just above its top member, and never over a lane's
     * header (whose coloured band ends at {@code LANE_HEADER - 8}).
     */
    static double[] islandLabelAt(Collection<Note> members) {
        Note top = members.stream().min(READING_ORDER).orElseThrow();
        double y = top.getY() - ISLAND_PAD - ISLAND_LABEL_HEIGHT + 4;
        boolean inLaneColumn = top.getY() >= 0;
        double headerBottom = LANE_HEADER - 8 + 1;
        return new double[] {top.getX() - ISLAND_PAD, inLaneColumn ? Math.max(headerBottom, y) : y};
    }

    public static double clamp(double v) {
        if (Double.isNaN(v)) {
            return 0; // a position that is no number lands at the origin rather than vanishing
        }
        return Math.max(-LIMIT, Math.min(LIMIT, v));
    }
}
