package jp.banso.board;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where lanes and notes go on the canvas. Lanes are columns side by side; a note captured into a lane takes the
 * first free slot of the lane's two-column grid, so capture never stacks notes on top of each other.
 */
public final class BoardLayout {
    public static final double NOTE_WIDTH = 180;
    public static final double NOTE_HEIGHT = 112;
    public static final double LANE_WIDTH = 420;
    public static final double LANE_GAP = 28;
    public static final double LANE_HEADER = 64;
    public static final double PAD = 16;
    public static final double SLOT_GAP = 16;
    /** How far a note may be placed from the origin; further is clamped (a slip of the mouse, not a plan). */
    public static final double LIMIT = 100_000;

    private BoardLayout() {
    }

    public static double laneX(int index) {
        return index * (LANE_WIDTH + LANE_GAP);
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
    static double[] nextFreeSlot(double laneX, Collection<Note> notesInLane) {
        for (int slot = 0; ; slot++) {
            double x = slotX(laneX, slot);
            double y = slotY(slot);
            boolean taken = false;
            for (Note n : notesInLane) {
                if (n.getX() < x + NOTE_WIDTH && n.getX() + n.getWidth() > x && n.getY() < y + NOTE_HEIGHT && n.getY() + n.getHeight() > y) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                return new double[] {x, y};
            }
        }
    }

    /** Reading order: top to bottom, then left to right. */
    static final Comparator<Note> READING_ORDER = Comparator.comparingDouble(Note::getY).thenComparingDouble(Note::getX);

    /** Puts the notes into the lane's grid in the given order. */
    static void arrange(double laneX, List<Note> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setX(slotX(laneX, i));
            ordered.get(i).setY(slotY(i));
        }
    }

    public static double clamp(double v) {
        if (Double.isNaN(v)) {
            return 0; // a position that is no number lands at the origin rather than vanishing
        }
        return Math.max(-LIMIT, Math.min(LIMIT, v));
    }
}
