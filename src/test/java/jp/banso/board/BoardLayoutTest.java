package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.banso.domain.Note;
import org.junit.jupiter.api.Test;

/** Where a captured note goes: the first free slot of its lane's grid, whatever else is on the board. */
class BoardLayoutTest {

    @Test
    void theFirstFreeSlotIsTheFirstOneNoNoteOverlaps() {
        Random r = new Random(17);
        for (int board = 0; board < 300; board++) {
            List<Note> notes = new ArrayList<>();
            int count = r.nextInt(60);
            for (int i = 0; i < count; i++) {
                // mostly in the lane's slots, some between them, in the next lane, above the lanes, tall or wide
                Note n = note(BoardLayout.laneX(r.nextInt(3)) - 60 + r.nextInt(500), -150 + r.nextInt(1600),
                        r.nextBoolean() ? Note.DEFAULT_WIDTH : 120 + r.nextInt(500), r.nextBoolean() ? Note.DEFAULT_HEIGHT : 60 + r.nextInt(280));
                notes.add(n);
            }
            double height = r.nextBoolean() ? BoardLayout.NOTE_HEIGHT : BoardLayout.fittedHeight("長い付箋".repeat(r.nextInt(40)), Note.DEFAULT_WIDTH);
            double laneX = BoardLayout.laneX(1);
            assertThat(BoardLayout.nextFreeSlot(laneX, notes, height)).as("board %d", board)
                    .containsExactly(firstFreeSlotOneByOne(laneX, notes, height));
        }
    }

    @Test
    void aFullLaneGivesTheSlotAfterItsLastNote() {
        List<Note> notes = new ArrayList<>();
        for (int slot = 0; slot < 700; slot++) {
            notes.add(note(BoardLayout.slotX(0, slot), BoardLayout.slotY(slot), Note.DEFAULT_WIDTH, Note.DEFAULT_HEIGHT));
        }
        notes.remove(411);
        assertThat(BoardLayout.nextFreeSlot(0, notes)).containsExactly(BoardLayout.slotX(0, 411), BoardLayout.slotY(411));
        notes.add(note(BoardLayout.slotX(0, 411), BoardLayout.slotY(411), Note.DEFAULT_WIDTH, Note.DEFAULT_HEIGHT));
        assertThat(BoardLayout.nextFreeSlot(0, notes)).containsExactly(BoardLayout.slotX(0, 700), BoardLayout.slotY(700));
    }

    @Test
    void aNoteFarDownTheBoardLeavesTheSlotsAboveItFree() {
        List<Note> notes = List.of(note(BoardLayout.slotX(0, 0), Note.MAX_POSITION, Note.DEFAULT_WIDTH, Note.DEFAULT_HEIGHT),
                note(BoardLayout.slotX(0, 0), BoardLayout.slotY(0), Note.DEFAULT_WIDTH, Note.DEFAULT_HEIGHT));
        assertThat(BoardLayout.nextFreeSlot(0, notes)).containsExactly(BoardLayout.slotX(0, 1), BoardLayout.slotY(1));
    }

    /** The rule itself, slot after slot against every note. */
    private static double[] firstFreeSlotOneByOne(double laneX, List<Note> notes, double height) {
        for (int slot = 0; ; slot++) {
            double x = BoardLayout.slotX(laneX, slot);
            double y = BoardLayout.slotY(slot);
            boolean taken = notes.stream().anyMatch(n -> n.getX() < x + BoardLayout.NOTE_WIDTH && n.getX() + n.getWidth() > x
                    && n.getY() < y + height && n.getY() + n.getHeight() > y);
            if (!taken) {
                return new double[] {x, y};
            }
        }
    }

    private static Note note(double x, double y, double width, double height) {
        Note n = new Note();
        n.setX(x);
        n.setY(y);
        n.setWidth(width);
        n.setHeight(height);
        return n;
    }
}
