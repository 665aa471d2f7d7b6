package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The board's records check themselves, one rule each, whoever asks (a screen, a case file, sync). */
class BoardEntityRulesTest {

    @Test
    void aNewNoteIsValidAndEachWrongSideIsNamedForItself() {
        Note n = new Note();
        assertThat(n.validate()).isEmpty();
        n.setHeight(Note.MAX_HEIGHT + 1);
        assertThat(n.validate()).extracting(FieldError::field).containsExactly("height");
        n.setHeight(Note.DEFAULT_HEIGHT);
        n.setWidth(Note.MIN_WIDTH - 1);
        assertThat(n.validate()).extracting(FieldError::field).containsExactly("width");
        n.setWidth(Double.NaN);
        assertThat(n.validate()).extracting(FieldError::field).containsExactly("width");
    }

    @Test
    void theBoardClampsResizingToWhatTheNoteAllows() {
        assertThat(Note.allowedWidth(1e6)).isEqualTo(Note.MAX_WIDTH);
        assertThat(Note.allowedWidth(1)).isEqualTo(Note.MIN_WIDTH);
        assertThat(Note.allowedHeight(1e6)).isEqualTo(Note.MAX_HEIGHT);
        assertThat(Note.allowedHeight(1)).isEqualTo(Note.MIN_HEIGHT);
    }

    @Test
    void aNoteRefusesTooMuchTextAPositionOffTheBoardAndNegativeVotes() {
        Note n = new Note();
        n.setText("長".repeat(Note.MAX_TEXT));
        assertThat(n.validate()).isEmpty();
        n.setText("長".repeat(Note.MAX_TEXT + 1));
        n.setX(Note.MAX_POSITION * 2);
        n.setY(Double.POSITIVE_INFINITY);
        n.setVotes(-1);
        assertThat(n.validate()).extracting(FieldError::field).containsExactly("text", "x", "y", "votes");
    }

    @Test
    void speakersLanesLinksAndRoundsHaveTheirOwnRules() {
        assertThat(new Speaker("市町村", "#1565C0").validate()).isEmpty();
        assertThat(new Speaker(" ", "blue").validate()).extracting(FieldError::field).containsExactly("name", "colour");
        assertThat(new Speaker("市町村", "#1565c0").normalized().colour()).isEqualTo("#1565C0");

        Lane lane = new Lane();
        assertThat(lane.validate()).extracting(FieldError::field).containsExactly("colour");
        lane.setColour("#FFF9C4");
        lane.setTitle("課".repeat(Lane.MAX_TITLE_LENGTH + 1));
        assertThat(lane.validate()).extracting(FieldError::field).containsExactly("title");

        NoteLink link = new NoteLink();
        assertThat(link.validate()).extracting(FieldError::field).containsExactly("kind");
        link.setKind(LaneRole.CURRENT);
        assertThat(link.validate()).isEmpty();

        VoteRound round = new VoteRound();
        assertThat(round.validate()).isEmpty();
        round.setAnonymous(true);
        assertThat(round.validate()).extracting(FieldError::field).containsExactly("participants");

        Board board = new Board();
        assertThat(board.validate()).extracting(FieldError::field).containsExactly("title");
    }
}
